using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class TargetMatrixTests
{
    private static TargetMatrix.TargetItem Item(string platform, string? libc = null, string? cc = null, string? tags = null, string? cgo = null) =>
        new(platform, libc, cc, null, cgo, tags);

    [Fact]
    public void PlatformsThenRuntimeIdentifiersEachGetTheirOwnFolder()
    {
        var entries = TargetMatrix.Create(
            new[] { "linux/amd64", " linux/arm/v7 ", "", "windows/amd64" }, new[] { "linux-musl-x64", "osx-arm64" }, Libc.Gnu, null, Array.Empty<TargetMatrix.TargetItem>());

        Assert.Equal(
            new[] { "linux-amd64", "linux-arm-v7", "windows-amd64", "linux-musl-x64", "osx-arm64" },
            entries.Select(e => e.Folder));
        Assert.Equal("7", entries[1].Platform.Variant);
        Assert.Equal(Libc.Musl, entries[3].Platform.Libc);
        Assert.All(entries, e => Assert.Empty(e.Settings));
    }

    [Fact]
    public void GoLibcMuslAppliesToTheLinuxPlatformsOnly()
    {
        var entries = TargetMatrix.Create(new[] { "linux/arm64", "windows/amd64" }, Array.Empty<string>(), Libc.Musl, null, Array.Empty<TargetMatrix.TargetItem>());

        Assert.Equal(new[] { "linux-musl-arm64", "windows-amd64" }, entries.Select(e => e.Folder));
    }

    [Fact]
    public void AGoTargetItemSetsItsTargetsCompilerLibcAndAddsTags()
    {
        var entries = TargetMatrix.Create(
            new[] { "linux/arm64", "linux/amd64" }, Array.Empty<string>(), Libc.Gnu, "netgo;osusergo",
            new[] { Item("linux/arm64", libc: "musl", cc: "aarch64-linux-musl-gcc", tags: "extra,netgo", cgo: "true") });

        var arm64 = entries[0];
        Assert.Equal("linux-musl-arm64", arm64.Folder);
        Assert.Equal(Libc.Musl, arm64.Platform.Libc);
        Assert.Equal("aarch64-linux-musl-gcc", arm64.Settings["GoCC"]);
        Assert.Equal("true", arm64.Settings["GoCgoEnabled"]);
        Assert.Equal("netgo,osusergo,extra", arm64.Settings["GoTags"]);
        Assert.Empty(entries[1].Settings);
    }

    [Fact]
    public void AGoTargetItemForAPlatformOutsideTheMatrixIsAnError()
    {
        var e = Assert.Throws<GoSdkException>(() => TargetMatrix.Create(
            new[] { "linux/amd64" }, new[] { "win-x64" }, Libc.Gnu, null, new[] { Item("linux/riscv64") }));

        Assert.Equal("GOSDK0514", e.Diagnostic.Code);
        Assert.Contains("(linux/amd64, win-x64)", e.Diagnostic.Message);
    }

    [Fact]
    public void TwoEntriesForOneFolderAreAnError()
    {
        var e = Assert.Throws<GoSdkException>(() => TargetMatrix.Create(
            new[] { "linux/arm/v7", "linux/arm/7" }, Array.Empty<string>(), Libc.Gnu, null, Array.Empty<TargetMatrix.TargetItem>()));

        Assert.Equal("GOSDK0515", e.Diagnostic.Code);
        Assert.Contains("'linux-arm-v7'", e.Diagnostic.Message);
    }

    [Fact]
    public void ARuntimeIdentifierInGoTargetPlatformsIsAnsweredWithItsPlatformString()
    {
        var e = Assert.Throws<GoSdkException>(() => TargetMatrix.Create(
            new[] { "linux-arm64" }, Array.Empty<string>(), Libc.Gnu, null, Array.Empty<TargetMatrix.TargetItem>()));

        Assert.Equal("GOSDK0502", e.Diagnostic.Code);
        Assert.Contains("linux/arm64", e.Diagnostic.Message);
    }
}
