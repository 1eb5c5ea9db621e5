using System.IO.Compression;
using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

[Collection(GoSdkCollection.Name)]
public sealed class PureGoMatrixTests(GoSdkFixture fixture)
{
    private static readonly (string Folder, string File, BinaryFormat Format, string GoArch)[] Targets =
    {
        ("linux-amd64", "purego", BinaryFormat.Elf, "amd64"),
        ("linux-arm64", "purego", BinaryFormat.Elf, "arm64"),
        ("linux-386", "purego", BinaryFormat.Elf, "386"),
        ("windows-amd64", "purego.exe", BinaryFormat.Pe, "amd64"),
        ("darwin-arm64", "purego", BinaryFormat.MachO, "arm64"),
    };

    [Fact]
    public void PublishBuildsEveryTargetIntoItsFolderAndArchivesThemReproducibly()
    {
        var project = fixture.CreateProject("matrix");
        var first = MatrixSample.CopyTo(project, fixture.Version, "purego", "a");
        var second = MatrixSample.CopyTo(project, fixture.Version, "purego", "elsewhere/b");

        var (result, log) = project.DotNetWithBinlog("publish", first, "-c", "Release");

        result.ShouldSucceed();
        Assert.Equal(Targets.Length, log.Tasks("GoBuild").Count);
        foreach (var (folder, file, format, goArch) in Targets)
        {
            var binary = project.PathOf($"a/bin/Release/{folder}/{file}");
            result.ShouldContain($"purego -> {binary}");
            var description = BinaryInspector.Inspect(binary);
            Assert.Equal((format, goArch), (description.Format, description.GoArch));
            Assert.True(File.Exists(project.PathOf($"a/obj/Release/{folder}/purego.gobuild.settings")), $"{folder} has no up-to-date state of its own");
        }
        Assert.False(File.Exists(project.PathOf("a/bin/Release/purego")), "the outer build of a matrix compiles nothing itself");
        Assert.Equal("purego on linux/amd64", project.Run("a/bin/Release/linux-amd64/purego").ShouldSucceed().Output.Trim());
        var underQemu = Command.Run("qemu-aarch64", [project.PathOf("a/bin/Release/linux-arm64/purego")], project.Directory);
        Assert.Equal("purego on linux/arm64", underQemu.ShouldSucceed().Output.Trim());

        var publish = project.PathOf("a/bin/Release/publish");
        var archives = Targets.Select(t => "purego-" + t.Folder + (t.Folder.StartsWith("windows") ? ".zip" : ".tar.gz")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(archives.Append("SHA256SUMS").Order(StringComparer.Ordinal), Directory.GetFiles(publish).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var sums = File.ReadAllLines(Path.Combine(publish, "SHA256SUMS"));
        Assert.Equal(archives, sums.Select(line => line.Split("  ")[1]));
        Assert.Equal(["purego", "purego.cdx.json"], MatrixSample.TarEntries(Path.Combine(publish, "purego-linux-arm64.tar.gz")));
        using (var zip = ZipFile.OpenRead(Path.Combine(publish, "purego-windows-amd64.zip")))
        {
            Assert.Equal(["purego.exe", "purego.exe.cdx.json"], zip.Entries.Select(e => e.FullName));
        }

        // The same sources in another folder give the same bytes: binaries, archives and SHA256SUMS.
        project.DotNet("publish", second, "-c", "Release").ShouldSucceed();
        MatrixSample.AssertSameBytes(project.PathOf("a/bin/Release"), project.PathOf("elsewhere/b/bin/Release"));

        // Each inner build has its own up-to-date check: nothing changed, so no target starts go.
        var (again, againLog) = project.DotNetWithBinlog("build", first, "-c", "Release");
        again.ShouldSucceed();
        Assert.Empty(againLog.Tasks("GoBuild"));
    }

    [Fact]
    public void PublishWithAnOutputFolderGivesEachTargetASubfolderAndArchivesBesideThem()
    {
        var project = fixture.CreateProject("matrix -o");
        var source = MatrixSample.CopyTo(project, fixture.Version, "purego", "a");
        var output = project.PathOf("release");

        project.DotNet("publish", source, "-c", "Release", "-p:GoTargetPlatforms=\"linux/amd64;windows/amd64\"", "-o", output).ShouldSucceed();

        Assert.Equal((BinaryFormat.Elf, "amd64"), Describe(Path.Combine(output, "linux-amd64", "purego")));
        Assert.Equal((BinaryFormat.Pe, "amd64"), Describe(Path.Combine(output, "windows-amd64", "purego.exe")));
        Assert.Equal(
            ["SHA256SUMS", "purego-linux-amd64.tar.gz", "purego-windows-amd64.zip"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Command.Run("sha256sum", ["-c", "SHA256SUMS"], output).ShouldSucceed();

        static (BinaryFormat, string?) Describe(string binary)
        {
            var description = BinaryInspector.Inspect(binary);
            return (description.Format, description.GoArch);
        }
    }

    [Fact]
    public void OneNamedTargetBuildsIntoItsOwnFolder()
    {
        var project = fixture.CreateProject("one target");
        project.WriteHelloModule();

        var (rid, ridLog) = project.DotNetWithBinlog("build", "hello/hello.goproj", "-r", "linux-arm");
        rid.ShouldSucceed();
        var arm = BinaryInspector.Inspect(project.PathOf("hello/bin/Debug/linux-arm/hello"));
        Assert.Equal((BinaryFormat.Elf, "arm"), (arm.Format, arm.GoArch));
        Assert.Contains(ridLog.AllMessages, m => m.Trim() == "GOARM=7");

        project.DotNet("build", "hello/hello.goproj", "-r", "win-x86").ShouldSucceed();
        var windows = BinaryInspector.Inspect(project.PathOf("hello/bin/Debug/win-x86/hello.exe"));
        Assert.Equal((BinaryFormat.Pe, "386"), (windows.Format, windows.GoArch));

        project.DotNet("build", "hello/hello.goproj", "-p:GoOS=linux", "-p:GoArch=arm64").ShouldSucceed();
        Assert.Equal("arm64", BinaryInspector.Inspect(project.PathOf("hello/bin/Debug/linux-arm64/hello")).GoArch);

        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();
        Assert.True(File.Exists(project.PathOf("hello/bin/Debug/hello")), "the default build keeps bin/<Configuration>/<name>");
    }
}
