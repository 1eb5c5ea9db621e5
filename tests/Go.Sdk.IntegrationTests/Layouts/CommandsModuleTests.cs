using System.IO.Compression;
using Go.Sdk.IntegrationTests.CrossCompiling;
using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.IntegrationTests.Layouts;

/// <summary>
/// A library module with its commands under cmd/ (a copy of samples/toolkit, GoPackage=./cmd/...): one binary
/// per command in bin/, each published with its SBOM under one SHA256SUMS, `dotnet run` choosing by
/// GoRunCommand, and a matrix building every command for every target.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class CommandsModuleTests(GoSdkFixture fixture)
{
    private const string Project = "toolkit/toolkit.goproj";

    [Fact]
    public void EachCommandGetsItsBinaryRunsWhenChosenAndIsPublishedWithItsSbom()
    {
        var project = fixture.CreateProject("commands");
        CopySample(project);

        var (build, log) = project.DotNetWithBinlog("build", Project);
        build.ShouldSucceed();
        Assert.Single(log.Tasks("GoBuild"));
        foreach (var command in new[] { "greet", "wc" })
        {
            build.ShouldContain($"toolkit -> {project.PathOf($"toolkit/bin/Debug/{command}")}");
        }
        Assert.Equal("Hello, Ada!", project.Run("toolkit/bin/Debug/greet", "Ada").ShouldSucceed().Output.Trim());
        Assert.Equal("3", project.Run("toolkit/bin/Debug/wc", "one", "two", "three").ShouldSucceed().Output.Trim());

        var (noop, noopLog) = project.DotNetWithBinlog("build", Project);
        noop.ShouldSucceed();
        Assert.Empty(noopLog.Tasks("GoBuild"));
        Assert.DoesNotContain(noopLog.AllMessages, m => m.Contains("/bin/go ", StringComparison.Ordinal));

        // The project names greet; GoRunCommand picks another by name or package; none of them asks which.
        Assert.Equal("Hello, Gopher!", project.DotNet("run", "--project", Project, "--no-build", "--", "Gopher").ShouldSucceed().Output.Trim());
        Assert.Equal("2", project.DotNet("run", "--project", Project, "--no-build", "-p:GoRunCommand=./cmd/wc", "--", "a", "b").ShouldSucceed().Output.Trim());
        project.DotNet("run", "--project", Project, "--no-build", "-p:GoRunCommand=").ShouldFail().ShouldContain("GOSDK0221").ShouldContain("greet, wc");
        project.DotNet("run", "--project", Project, "--no-build", "-p:GoRunCommand=nope").ShouldFail().ShouldContain("GOSDK0222");

        var output = project.PathOf("out");
        project.DotNet("publish", Project, "-c", "Release", "-o", output).ShouldSucceed();
        Assert.Equal(["SHA256SUMS", "greet", "greet.cdx.json", "wc", "wc.cdx.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Command.Run("sha256sum", ["-c", "SHA256SUMS"], output).ShouldSucceed();
        Assert.Contains("example.com/toolkit/cmd/wc", File.ReadAllText(Path.Combine(output, "wc.cdx.json")));

        // A command that goes away leaves bin/ with the next build.
        Directory.Delete(project.PathOf("toolkit/cmd/wc"), recursive: true);
        project.DotNet("build", Project).ShouldSucceed();
        Assert.True(File.Exists(project.PathOf("toolkit/bin/Debug/greet")));
        Assert.False(File.Exists(project.PathOf("toolkit/bin/Debug/wc")), "the removed command's binary stayed in bin/");
    }

    [Fact]
    public void AMatrixBuildsAndArchivesEveryCommandForEveryTarget()
    {
        var project = fixture.CreateProject("commands matrix");
        CopySample(project);
        const string Platforms = "-p:GoTargetPlatforms=\"linux/amd64;linux/arm64;windows/amd64\"";

        var (publish, log) = project.DotNetWithBinlog("publish", Project, "-c", "Release", Platforms);
        publish.ShouldSucceed();
        Assert.Equal(3, log.Tasks("GoBuild").Count);
        foreach (var (folder, extension, format, goArch) in new[] { ("linux-amd64", "", BinaryFormat.Elf, "amd64"), ("linux-arm64", "", BinaryFormat.Elf, "arm64"), ("windows-amd64", ".exe", BinaryFormat.Pe, "amd64") })
        {
            foreach (var command in new[] { "greet", "wc" })
            {
                var description = BinaryInspector.Inspect(project.PathOf($"toolkit/bin/Release/{folder}/{command}{extension}"));
                Assert.Equal((format, goArch), (description.Format, description.GoArch));
            }
        }
        var release = project.PathOf("toolkit/bin/Release/publish");
        Command.Run("sha256sum", ["-c", "SHA256SUMS"], release).ShouldSucceed();
        Assert.Equal(["greet", "greet.cdx.json", "wc", "wc.cdx.json"], MatrixSample.TarEntries(Path.Combine(release, "toolkit-linux-arm64.tar.gz")).Order(StringComparer.Ordinal));
        using var zip = ZipFile.OpenRead(Path.Combine(release, "toolkit-windows-amd64.zip"));
        Assert.Equal(["greet.exe", "greet.exe.cdx.json", "wc.exe", "wc.exe.cdx.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    private void CopySample(TestProject project)
    {
        var source = Path.Combine(RepositoryRootAttribute.Value, "samples", "toolkit");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".go") || f.EndsWith(".mod") || f.EndsWith(".goproj")))
        {
            var text = File.ReadAllText(file).Replace("Sdk=\"Go.Sdk\"", $"Sdk=\"Go.Sdk/{fixture.Version}\"");
            project.WriteFile(Path.Combine("toolkit", Path.GetRelativePath(source, file)), text);
        }
    }
}
