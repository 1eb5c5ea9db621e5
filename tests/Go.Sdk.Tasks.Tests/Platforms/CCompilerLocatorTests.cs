using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public sealed class CCompilerLocatorTests : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("gosdk-path-").FullName;

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    private CCompilerLocator OnLinuxAmd64(params string[] commands) => Locator("linux", "amd64", Libc.Gnu, commands);

    private CCompilerLocator Locator(string hostOS, string hostArch, Libc hostLibc, params string[] commands)
    {
        foreach (var command in commands)
        {
            File.WriteAllText(Path.Combine(_bin, command), "");
        }
        return new CCompilerLocator(hostOS, hostArch, hostLibc, new ExecutableSearch(_bin, windows: false).Find);
    }

    private string InBin(string command) => Path.Combine(_bin, command);

    [Theory]
    [InlineData("linux/amd64", Libc.Gnu, "cc")]
    [InlineData("linux/amd64", Libc.Musl, "musl-gcc")]
    [InlineData("linux/arm64", Libc.Gnu, "aarch64-linux-gnu-gcc")]
    [InlineData("linux/arm64", Libc.Musl, "aarch64-linux-musl-gcc")]
    [InlineData("linux/arm/v7", Libc.Gnu, "arm-linux-gnueabihf-gcc")]
    [InlineData("linux/arm/v5", Libc.Gnu, "arm-linux-gnueabi-gcc")]
    [InlineData("linux/386", Libc.Gnu, "i686-linux-gnu-gcc")]
    [InlineData("windows/amd64", Libc.Gnu, "x86_64-w64-mingw32-gcc")]
    [InlineData("windows/386", Libc.Gnu, "i686-w64-mingw32-gcc")]
    [InlineData("windows/arm64", Libc.Gnu, "aarch64-w64-mingw32-clang")]
    [InlineData("darwin/arm64", Libc.Gnu, "oa64-clang")]
    public void FindsTheConventionalCompilerOfEachTarget(string target, Libc libc, string expected)
    {
        var everything = new[]
        {
            "cc", "gcc", "musl-gcc", "aarch64-linux-gnu-gcc", "aarch64-linux-musl-gcc", "arm-linux-gnueabihf-gcc", "arm-linux-gnueabi-gcc",
            "i686-linux-gnu-gcc", "x86_64-w64-mingw32-gcc", "i686-w64-mingw32-gcc", "aarch64-w64-mingw32-clang", "oa64-clang", "zig",
        };
        var found = OnLinuxAmd64(everything).Locate(TargetPlatform.Parse(target, libc));
        Assert.Equal(InBin(expected), found.CC);
    }

    [Fact]
    public void MuslGccIsNotUsedForAnotherArchitecture()
    {
        var found = OnLinuxAmd64("musl-gcc", "zig").Locate(TargetPlatform.Parse("linux/arm64", Libc.Musl));
        Assert.Equal(CCompilerKind.Zig, found.Kind);
        Assert.Equal(InBin("zig") + " cc -target aarch64-linux-musl", found.CC);
        Assert.Equal(InBin("zig") + " c++ -target aarch64-linux-musl", found.CXX);
    }

    [Fact]
    public void TheHostGlibcCompilerDoesNotBuildMusl() =>
        Assert.Null(OnLinuxAmd64("cc", "gcc").TryLocate(TargetPlatform.Parse("linux/amd64", Libc.Musl)));

    [Fact]
    public void OnAlpineTheHostCompilerBuildsMusl() =>
        Assert.Equal(InBin("gcc"), Locator("linux", "amd64", Libc.Musl, "gcc").Locate(TargetPlatform.Parse("linux/amd64", Libc.Musl)).CC);

    [Fact]
    public void OnAMacClangBuildsBothMacArchitectures() =>
        Assert.Equal(InBin("clang"), Locator("darwin", "arm64", Libc.Gnu, "clang").Locate(TargetPlatform.Parse("darwin/amd64")).CC);

    // Each -target value checked with zig 0.11.0's `zig cc -target … -c` of a file including <stdio.h>.
    [Theory]
    [InlineData("windows/386", Libc.Gnu, "x86-windows-gnu")]
    [InlineData("linux/386", Libc.Musl, "x86-linux-musl")]
    [InlineData("linux/arm/v7", Libc.Gnu, "arm-linux-gnueabihf")]
    [InlineData("linux/arm/v5", Libc.Gnu, "arm-linux-gnueabi")]
    [InlineData("linux/ppc64le", Libc.Gnu, "powerpc64le-linux-gnu")]
    [InlineData("linux/mipsle", Libc.Gnu, "mipsel-linux-gnueabihf")]
    [InlineData("linux/mips/softfloat", Libc.Gnu, "mips-linux-gnueabi")]
    [InlineData("linux/mipsle", Libc.Musl, "mipsel-linux-musl")]
    [InlineData("linux/mips64le", Libc.Gnu, "mips64el-linux-gnuabi64")]
    public void ZigStandsInForAMissingCrossCompiler(string platform, Libc libc, string zigTarget)
    {
        var found = OnLinuxAmd64("zig").Locate(TargetPlatform.Parse(platform, libc));
        Assert.Equal(InBin("zig") + " cc -target " + zigTarget, found.CC);
    }

    [Fact]
    public void FindsTheCxxDriverBesideTheCDriver()
    {
        var found = OnLinuxAmd64("aarch64-linux-gnu-gcc", "aarch64-linux-gnu-g++").Locate(TargetPlatform.Parse("linux/arm64"));
        Assert.Equal((InBin("aarch64-linux-gnu-gcc"), InBin("aarch64-linux-gnu-g++"), CCompilerKind.Gcc), (found.CC, found.CXX, found.Kind));
    }

    [Fact]
    public void AConfiguredCompilerIsUsedAsGiven()
    {
        var found = OnLinuxAmd64().Locate(TargetPlatform.Parse("darwin/arm64"), "clang --target=arm64-apple-macos11 --sysroot=/sdk", null);
        Assert.Equal(new CCompiler("clang --target=arm64-apple-macos11 --sysroot=/sdk", null, CCompilerKind.Configured), found);
    }

    [Fact]
    public void APathWithSpacesIsQuotedTheWayGoSplitsCC()
    {
        var folder = Path.Combine(_bin, "Program Files");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "zig"), "");
        var locator = new CCompilerLocator("linux", "amd64", Libc.Gnu, new ExecutableSearch(folder, windows: false).Find);
        Assert.Equal($"\"{folder}/zig\" cc -target aarch64-macos", locator.Locate(TargetPlatform.Parse("darwin/arm64")).CC);
    }

    [Theory]
    [InlineData("linux/arm64", Libc.Gnu, "sudo apt-get install gcc-aarch64-linux-gnu", "messense/macos-cross-toolchains/aarch64-unknown-linux-gnu")]
    [InlineData("linux/amd64", Libc.Musl, "sudo apt-get install musl-tools", "FiloSottile/musl-cross/musl-cross")]
    [InlineData("windows/amd64", Libc.Gnu, "sudo apt-get install gcc-mingw-w64-x86-64", "brew install mingw-w64")]
    [InlineData("windows/386", Libc.Gnu, "sudo apt-get install gcc-mingw-w64-i686", "brew install mingw-w64")]
    [InlineData("darwin/arm64", Libc.Gnu, "osxcross", "xcode-select --install")]
    [InlineData("linux/amd64", Libc.Gnu, "sudo apt-get install gcc", "zig")]
    public void NoCompilerIsCode0503NamingWhatToInstallOnEachSystem(string target, Libc libc, string debian, string macOS)
    {
        var e = Assert.Throws<GoSdkException>(() => OnLinuxAmd64().Locate(TargetPlatform.Parse(target, libc)));
        Assert.Equal("GOSDK0503", e.Diagnostic.Code);
        Assert.Contains("Debian/Ubuntu: " + debian, e.Diagnostic.Message);
        Assert.Contains(macOS, e.Diagnostic.Message);
        Assert.Contains("Windows: ", e.Diagnostic.Message);
        Assert.Contains("GoCC", e.Diagnostic.Message);
    }

    [Fact]
    public void WindowsSearchTriesPathExtExtensions()
    {
        File.WriteAllText(Path.Combine(_bin, "gcc.exe"), "");
        var search = new ExecutableSearch("C:\\nowhere;" + _bin, windows: true, pathExt: ".COM;.exe");
        Assert.Equal(Path.Combine(_bin, "gcc.exe"), search.Find("gcc"));
        Assert.Null(search.Find("clang"));
    }

    [Fact]
    public void FindsTheCrossCompilersInstalledOnThisMachine()
    {
        var locator = CCompilerLocator.ForThisMachine();
        Assert.EndsWith("/musl-gcc", locator.Locate(TargetPlatform.Parse("linux/amd64", Libc.Musl)).CC);
        Assert.EndsWith("/x86_64-w64-mingw32-gcc", locator.Locate(TargetPlatform.Parse("windows/amd64")).CC);
        Assert.EndsWith("/aarch64-linux-gnu-gcc", locator.Locate(TargetPlatform.Parse("linux/arm64")).CC);
    }
}
