using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class OutputFileNamesTests
{
    [Theory]
    [InlineData("windows", "exe", "hello.exe")]
    [InlineData("linux", "exe", "hello")]
    [InlineData("darwin", "pie", "hello")]
    [InlineData("windows", "c-shared", "hello.dll")]
    [InlineData("linux", "c-shared", "libhello.so")]
    [InlineData("freebsd", "c-shared", "libhello.so")]
    [InlineData("darwin", "c-shared", "libhello.dylib")]
    [InlineData("windows", "c-archive", "libhello.a")]
    [InlineData("linux", "c-archive", "libhello.a")]
    [InlineData("linux", "plugin", "hello.so")]
    public void NamesOutputsTheWayDllImportAndLinkersLookForThem(string goos, string mode, string expected) =>
        Assert.Equal(expected, OutputFileNames.For(goos, mode, "hello"));

    [Theory]
    [InlineData("linux", "c-shared", "libhello.h")]
    [InlineData("windows", "c-shared", "hello.h")]
    [InlineData("linux", "c-archive", "libhello.h")]
    [InlineData("linux", "exe", null)]
    public void LibrariesComeWithTheHeaderGoWritesBesideThem(string goos, string mode, string? header) =>
        Assert.Equal(header, OutputFileNames.HeaderFor(goos, mode, "hello"));

    [Fact]
    public void UnknownBuildModeIsCode0003() =>
        Assert.Equal("GOSDK0003", Assert.Throws<GoSdkException>(() => OutputFileNames.For("linux", "shared", "x")).Diagnostic.Code);
}
