using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Publishing;

namespace Go.Sdk.IntegrationTests.Reproducibility;

/// <summary>
/// The same sources, copied to two different absolute paths and built with a different HOME, GOCACHE, GOPATH and
/// TMPDIR, give byte-identical output; VerifyReproducible proves it from inside the build, and says where bytes differ.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ReproducibleBuildTests(GoSdkFixture fixture)
{
    [Theory]
    [InlineData(ReproducibleModules.PureGo)]
    [InlineData(ReproducibleModules.Cgo)]
    [InlineData(ReproducibleModules.CShared)]
    public void TwoFoldersTwoEnvironmentsSameBytes(string kind)
    {
        var project = fixture.CreateProject("repro " + kind);
        var outputs = ReproducibleModules.Write(project, "one", kind);
        ReproducibleModules.Write(project, "elsewhere/at/another/depth/two", kind);
        // The second build's own home, caches and temp folder; one set for all kinds keeps the test's cold builds to one.
        var other = Path.Combine(fixture.RunDirectory, "other-machine");
        foreach (var (name, folder) in new[] { ("HOME", "home"), ("GOCACHE", "gocache"), ("GOPATH", "gopath"), ("TMPDIR", "tmp") })
        {
            Directory.CreateDirectory(Path.Combine(other, folder));
            project.Environment[name] = Path.Combine(other, folder);
        }

        project.DotNet("build", $"elsewhere/at/another/depth/two/{kind}.goproj", "-c", "Release").ShouldSucceed();
        project.Environment.Clear();
        project.DotNet("build", $"one/{kind}.goproj", "-c", "Release").ShouldSucceed();

        foreach (var output in outputs)
        {
            var first = project.PathOf($"one/{output}");
            var second = project.PathOf($"elsewhere/at/another/depth/two/{output}");
            Assert.Equal(Sha256Sums.Hash(first), Sha256Sums.Hash(second));
            Assert.DoesNotContain(project.Directory, File.ReadAllText(first));
        }
    }

    [Fact]
    public void VerifyReproducibleBuildsTwiceAndNamesTheFirstDifferingFileAndOffset()
    {
        var project = fixture.CreateProject("verify");
        ReproducibleModules.Write(project, "app", ReproducibleModules.CShared);
        // The check's Go caches are shared by the run, so only the first check of a run builds the standard library.
        var verifyDirectory = Path.Combine(fixture.RunDirectory, "verify-reproducible") + "/";

        var proved = project.DotNet("build", "app/cshared.goproj", "-t:VerifyReproducible", $"-p:GoVerifyReproducibleDirectory={verifyDirectory}").ShouldSucceed();
        proved.ShouldContain("reproducible: ");
        proved.ShouldContain("  libcshared.h");
        proved.ShouldContain("  libcshared.so");

        // Without -trimpath and -buildid= the folder's path ends up in the library.
        var failed = project.DotNet("build", "app/cshared.goproj", "-t:VerifyReproducible", $"-p:GoVerifyReproducibleDirectory={verifyDirectory}", "-p:GoReproducible=false").ShouldFail();
        failed.ShouldContain("error GOSDK0210: 'libcshared.so' is not reproducible");
        failed.ShouldContain("differ first at byte offset ");
    }

    [Fact]
    public void PublishWritesTheBinaryAndItsSha256SumsForTheHostRuntime()
    {
        var project = fixture.CreateProject("publish");
        ReproducibleModules.Write(project, "app", ReproducibleModules.PureGo);

        project.DotNet("publish", "app/pure.goproj", "-r", "linux-x64", "-o", project.PathOf("out")).ShouldSucceed();

        var binary = project.PathOf("out/pure");
        Assert.Equal("pure 1.2.3", project.Run("out/pure").ShouldSucceed().Output.Trim());
        var sbom = project.PathOf("out/pure.cdx.json");
        Assert.Equal($"{Sha256Sums.Hash(binary)}  pure\n{Sha256Sums.Hash(sbom)}  pure.cdx.json\n", File.ReadAllText(project.PathOf("out/SHA256SUMS")));
    }

    [Fact]
    public void LinkerVariablesSeeTheVersionATargetSetsBeforeTheBuild()
    {
        var project = fixture.CreateProject("minver");
        ReproducibleModules.Write(project, "app", ReproducibleModules.PureGo);
        // What MinVer does: compute the version in a target that runs before GetAssemblyVersion.
        project.WriteFile("app/Directory.Build.targets", """
            <Project>
              <Target Name="ComputeVersionLikeMinVer" BeforeTargets="GetAssemblyVersion">
                <PropertyGroup>
                  <Version>4.5.6-alpha.0.7</Version>
                  <PackageVersion>$(Version)</PackageVersion>
                </PropertyGroup>
              </Target>
            </Project>
            """);

        project.DotNet("build", "app/pure.goproj").ShouldSucceed();

        Assert.Equal("pure 4.5.6-alpha.0.7", project.Run("app/bin/Debug/pure").ShouldSucceed().Output.Trim());
    }

    [Fact]
    public void AUserBuildIdWarnsWithGosdk0204()
    {
        var project = fixture.CreateProject("buildid");
        ReproducibleModules.Write(project, "app", ReproducibleModules.PureGo);

        project.DotNet("build", "app/pure.goproj", "-p:GoLdFlags=-buildid=fixed").ShouldSucceed()
            .ShouldContain("warning GOSDK0204: GoLdFlags sets '-buildid=fixed'");
    }
}
