using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>
/// Downloads from the run's loopback mirror (<see cref="MirrorProjects"/>); only the host name differs from go.dev.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ToolchainAcquisitionTests(GoSdkFixture fixture)
{
    private TestProject ProjectUsingTheMirror(string name, string source) => MirrorProjects.Create(fixture, name, source);

    private static string CachedGoRoot(TestProject project) => MirrorProjects.CachedGoRoot(project);

    [Fact]
    public void AnArchiveFromTheMirrorIsVerifiedInstalledAndThenReused()
    {
        var project = ProjectUsingTheMirror("mirror", $"<GoToolchainMirror>{fixture.Mirror.MirrorUrl}</GoToolchainMirror>");
        int before = fixture.Mirror.Requests(LoopbackMirror.ArchivePath);

        var result = project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        result.ShouldContain($"verified against {fixture.Mirror.ChecksumsFile}");
        result.ShouldContain(fixture.Mirror.ArchiveSha256);
        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
        Assert.True(File.Exists(Path.Combine(CachedGoRoot(project), "bin", "go")));
        Assert.Equal(before + 1, fixture.Mirror.Requests(LoopbackMirror.ArchivePath));

        project.DotNet("build", "hello/hello.goproj", "--no-incremental").ShouldSucceed();
        Assert.Equal(before + 1, fixture.Mirror.Requests(LoopbackMirror.ArchivePath));
    }

    [Fact]
    public void AModuleZipFromAGoProxyIsVerifiedByItsH1Hash()
    {
        var project = ProjectUsingTheMirror("proxy", $"<GoToolchainProxy>{fixture.Mirror.ProxyUrl}</GoToolchainProxy>");

        var result = project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        result.ShouldContain("h1");
        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
        // Module zips carry no file modes; the installer makes the tools executable again.
        Assert.True(File.GetUnixFileMode(Path.Combine(CachedGoRoot(project), "pkg", "tool", "linux_amd64", "compile")).HasFlag(UnixFileMode.UserExecute));
        Assert.True(File.Exists(Path.Combine(CachedGoRoot(project), "src", "go.mod")));
    }

    [Fact]
    public void AnArchiveThatDoesNotMatchItsChecksumIsRejectedAndNothingIsCached()
    {
        var project = ProjectUsingTheMirror("tampered", $"<GoToolchainMirror>{fixture.Mirror.MirrorUrl}</GoToolchainMirror>");
        var wrong = project.PathOf("wrong-checksums.txt");
        File.WriteAllText(wrong, $"{new string('0', 64)}  {LoopbackMirror.PlatformName}.tar.gz\n");

        var result = project.DotNet("build", "hello/hello.goproj", $"-p:GoToolchainChecksums={wrong}");

        result.ShouldFail().ShouldContain("GOSDK0155").ShouldContain(fixture.Mirror.ArchiveSha256);
        Assert.Empty(MirrorProjects.CacheEntries(project));
    }

    [Fact]
    public void WithoutTheUsersChecksumTheEmbeddedOfficialOneRejectsARepackedArchive()
    {
        // go.dev's go1.21.13.linux-amd64.tar.gz is in the embedded manifest; the mirror's repacked one is not it.
        var project = ProjectUsingTheMirror("untrusted", $"<GoToolchainMirror>{fixture.Mirror.MirrorUrl}</GoToolchainMirror>");

        var result = project.DotNet("build", "hello/hello.goproj", "-p:GoToolchainChecksums=");

        result.ShouldFail().ShouldContain("GOSDK0155").ShouldContain("from the Go.Sdk checksum manifest");
        Assert.False(Directory.Exists(CachedGoRoot(project)));
    }

    [Fact]
    public void RestoreAloneWarmsTheToolchainCache()
    {
        var project = ProjectUsingTheMirror("restore", $"<GoToolchainMirror>{fixture.Mirror.MirrorUrl}</GoToolchainMirror>");

        project.DotNet("restore", "hello/hello.goproj").ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(CachedGoRoot(project), "bin", "go")));
        project.DotNet("build", "hello/hello.goproj", "--no-restore", "-p:GoToolchainOffline=true").ShouldSucceed();
    }

    [Fact]
    public void EightConcurrentBuildsShareOneDownload()
    {
        var home = fixture.CreateProject("shared home").PathOf("gosdk-home");
        var projects = Enumerable.Range(0, 8)
            .Select(i =>
            {
                var p = ProjectUsingTheMirror($"concurrent{i}", $"<GoToolchainMirror>{fixture.Mirror.MirrorUrl}</GoToolchainMirror>");
                p.Environment["GOSDK_HOME"] = home;
                return p;
            })
            .ToList();
        int before = fixture.Mirror.Requests(LoopbackMirror.ArchivePath);

        var results = projects.AsParallel().WithDegreeOfParallelism(8)
            .Select(p => p.DotNet("build", "hello/hello.goproj")).ToList();

        Assert.All(results, r => r.ShouldSucceed());
        Assert.Equal(before + 1, fixture.Mirror.Requests(LoopbackMirror.ArchivePath));
    }
}
