using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

[Collection(GoSdkCollection.Name)]
public sealed class CgoMatrixTests(GoSdkFixture fixture)
{
    private const string Greeting = "says 42";

    [Fact]
    public void EachTargetIsLinkedByItsCrossCompilerRunsAndIsReproducible()
    {
        var project = fixture.CreateProject("cgo matrix");
        var first = MatrixSample.CopyTo(project, fixture.Version, "cgo", "a");
        var second = MatrixSample.CopyTo(project, fixture.Version, "cgo", "elsewhere/b");

        var (result, log) = project.DotNetWithBinlog("publish", first, "-c", "Release");

        result.ShouldSucceed();
        Assert.Contains(log.AllMessages, m => m.Trim() == "CC=/usr/bin/musl-gcc");
        Assert.Contains(log.AllMessages, m => m.Trim() == "CC=/usr/bin/x86_64-w64-mingw32-gcc");
        Assert.Contains(log.AllMessages, m => m.Trim() == "CC=aarch64-linux-gnu-gcc");

        var musl = project.PathOf("a/bin/Release/linux-musl-x64/cgo");
        var muslDescription = BinaryInspector.Inspect(musl);
        Assert.Equal((BinaryFormat.Elf, "amd64"), (muslDescription.Format, muslDescription.GoArch));
        Assert.False(muslDescription.HasDynamicSection, "a musl build is linked statically");
        Assert.False(muslDescription.HasInterpreter);
        Assert.Equal($"cgo on linux/amd64 {Greeting}", project.Run("a/bin/Release/linux-musl-x64/cgo").ShouldSucceed().Output.Trim());

        var arm64 = project.PathOf("a/bin/Release/linux-arm64/cgo");
        var arm64Description = BinaryInspector.Inspect(arm64);
        Assert.Equal((BinaryFormat.Elf, "arm64", true), (arm64Description.Format, arm64Description.GoArch, arm64Description.HasInterpreter));
        var underQemu = Command.Run("qemu-aarch64", ["-L", "/usr/aarch64-linux-gnu", arm64], project.Directory);
        Assert.Equal($"cgo on linux/arm64 {Greeting}", underQemu.ShouldSucceed().Output.Trim());

        var windows = project.PathOf("a/bin/Release/windows-amd64/cgo.exe");
        var windowsDescription = BinaryInspector.Inspect(windows);
        Assert.Equal((BinaryFormat.Pe, "amd64", 0u), (windowsDescription.Format, windowsDescription.GoArch, windowsDescription.PeTimestamp));
        Assert.Equal($"cgo on windows/amd64 {Greeting}", Wine.Run(Path.Combine(fixture.RunDirectory, "wine"), project, windows).ShouldSucceed().Output.Trim());

        project.DotNet("publish", second, "-c", "Release").ShouldSucceed();
        MatrixSample.AssertSameBytes(project.PathOf("a/bin/Release"), project.PathOf("elsewhere/b/bin/Release"));
    }

    [Fact]
    public void ATargetWithNoCrossCompilerFailsWithWhatToInstall()
    {
        var project = fixture.CreateProject("no compiler");
        var goproj = MatrixSample.CopyTo(project, fixture.Version, "cgo", "app");

        var riscv = project.DotNet("build", goproj, "-p:GoTargetPlatform=linux/riscv64");

        riscv.ShouldFail();
        riscv.ShouldContain("error GOSDK0503: CGO is enabled for linux/riscv64");
        riscv.ShouldContain("sudo apt-get install gcc-riscv64-linux-gnu");

        // musl-gcc is installed here; with a PATH that lacks it, the musl target of the sample has no compiler.
        var bin = Directory.CreateDirectory(project.PathOf("bin-without-musl")).FullName;
        var dotnetRoot = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        project.Environment["PATH"] = bin + Path.PathSeparator + dotnetRoot;
        var musl = project.DotNet("build", goproj, "-r", "linux-musl-x64");
        musl.ShouldFail();
        musl.ShouldContain("error GOSDK0503: CGO is enabled for linux/amd64 (musl)");
        musl.ShouldContain("sudo apt-get install musl-tools");
    }
}
