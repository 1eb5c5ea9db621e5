using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

/// <summary>
/// `zig cc -target …` as the C compiler of a target no gcc cross compiler on this machine builds for. Zig 0.11.0 is
/// installed by eng/install-prerequisites.sh in a folder that is not on PATH, so the tests that expect no compiler
/// stay valid; this test puts it on the PATH of its own builds.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ZigCrossCompileTests(GoSdkFixture fixture)
{
    private const string ZigDirectory = "/opt/zig-0.11.0";

    // The loader and libc qemu-ppc64le runs the binary with (libc6-ppc64el-cross).
    private const string Ppc64leSysroot = "/usr/powerpc64le-linux-gnu";

    [Fact]
    public void ZigOnPathIsTheCCompilerOfATargetWithoutAGccCrossCompiler()
    {
        Assert.True(File.Exists(Path.Combine(ZigDirectory, "zig")) && Directory.Exists(Ppc64leSysroot),
            $"zig 0.11.0 ({ZigDirectory}) or libc6-ppc64el-cross ({Ppc64leSysroot}) is not installed: run eng/install-prerequisites.sh first.");
        var project = fixture.CreateProject("zig cc");
        var goproj = MatrixSample.CopyTo(project, fixture.Version, "cgo", "app");
        project.Environment["PATH"] = ZigDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        // zig builds the target's libc stubs on first use; a cache of the test's own keeps other runs out of it.
        project.Environment["ZIG_GLOBAL_CACHE_DIR"] = project.PathOf("zig-cache");
        project.Environment["ZIG_LOCAL_CACHE_DIR"] = project.PathOf("zig-cache");

        // glibc: zig 0.11 compiles musl from source (minutes), and its riscv64 glibc start code does not assemble.
        var (result, log) = project.DotNetWithBinlog("build", goproj, "-r", "linux-ppc64le", "-c", "Release");

        result.ShouldSucceed();
        Assert.Contains(log.AllMessages, m => m.Trim() == $"CC={ZigDirectory}/zig cc -target powerpc64le-linux-gnu");
        Assert.Contains(log.AllMessages, m => m.Trim() == $"CXX={ZigDirectory}/zig c++ -target powerpc64le-linux-gnu");
        var binary = project.PathOf("app/bin/Release/linux-ppc64le/cgo");
        var description = BinaryInspector.Inspect(binary);
        Assert.Equal((BinaryFormat.Elf, "ppc64le", true), (description.Format, description.GoArch, description.HasInterpreter));
        var underQemu = Command.Run("qemu-ppc64le", ["-L", Ppc64leSysroot, binary], project.Directory);
        Assert.Equal("cgo on linux/ppc64le says 42", underQemu.ShouldSucceed().Output.Trim());
    }
}
