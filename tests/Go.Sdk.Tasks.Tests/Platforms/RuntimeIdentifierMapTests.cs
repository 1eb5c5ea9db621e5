using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class RuntimeIdentifierMapTests
{
    [Theory]
    [InlineData("linux-x64", "linux/amd64", Libc.Gnu)]
    [InlineData("linux-arm64", "linux/arm64", Libc.Gnu)]
    [InlineData("linux-arm", "linux/arm/v7", Libc.Gnu)]
    [InlineData("linux-armel", "linux/arm/v5", Libc.Gnu)]
    [InlineData("linux-x86", "linux/386", Libc.Gnu)]
    [InlineData("linux-musl-x64", "linux/amd64", Libc.Musl)]
    [InlineData("linux-musl-arm64", "linux/arm64", Libc.Musl)]
    [InlineData("linux-musl-arm", "linux/arm/v7", Libc.Musl)]
    [InlineData("linux-riscv64", "linux/riscv64", Libc.Gnu)]
    [InlineData("linux-loongarch64", "linux/loong64", Libc.Gnu)]
    [InlineData("linux-s390x", "linux/s390x", Libc.Gnu)]
    [InlineData("linux-ppc64le", "linux/ppc64le", Libc.Gnu)]
    [InlineData("win-x64", "windows/amd64", Libc.Gnu)]
    [InlineData("win-x86", "windows/386", Libc.Gnu)]
    [InlineData("win-arm64", "windows/arm64", Libc.Gnu)]
    [InlineData("osx-x64", "darwin/amd64", Libc.Gnu)]
    [InlineData("osx-arm64", "darwin/arm64", Libc.Gnu)]
    [InlineData("freebsd-x64", "freebsd/amd64", Libc.Gnu)]
    [InlineData("freebsd-arm64", "freebsd/arm64", Libc.Gnu)]
    [InlineData("WIN-X64", "windows/amd64", Libc.Gnu)]
    public void MapsRuntimeIdentifiersToGoTargets(string rid, string platform, Libc libc) =>
        Assert.Equal(TargetPlatform.Parse(platform, libc), RuntimeIdentifierMap.ToPlatform(rid));

    [Fact]
    public void EveryRuntimeIdentifierRoundTrips()
    {
        Assert.True(RuntimeIdentifierMap.Supported.Count >= 25);
        foreach (var rid in RuntimeIdentifierMap.Supported)
        {
            Assert.Equal(rid, RuntimeIdentifierMap.ToRuntimeIdentifier(RuntimeIdentifierMap.ToPlatform(rid)));
        }
    }

    [Theory]
    [InlineData("linux/amd64/v3", Libc.Gnu, "linux-x64")]
    [InlineData("linux/arm", Libc.Gnu, "linux-arm")]
    [InlineData("linux/arm/v6", Libc.Gnu, "linux-arm")]
    [InlineData("linux/arm/v5", Libc.Musl, "linux-musl-armel")]
    [InlineData("linux/arm64/v9.0", Libc.Musl, "linux-musl-arm64")]
    [InlineData("windows/386/softfloat", Libc.Gnu, "win-x86")]
    public void VariantsThatKeepTheRuntimeIdentifierAreIgnoredInReverse(string platform, Libc libc, string rid) =>
        Assert.Equal(rid, RuntimeIdentifierMap.ToRuntimeIdentifier(TargetPlatform.Parse(platform, libc)));

    [Fact]
    public void UnknownRuntimeIdentifierIsCode0501ListingTheSupportedOnes()
    {
        var e = Assert.Throws<GoSdkException>(() => RuntimeIdentifierMap.ToPlatform("win10-x64"));
        Assert.Equal("GOSDK0501", e.Diagnostic.Code);
        Assert.Contains("linux-musl-arm64", e.Diagnostic.Message);
        Assert.Contains("osx-arm64", e.Diagnostic.Message);
    }

    [Fact]
    public void TargetWithoutRuntimeIdentifierIsCode0506() =>
        Assert.Equal("GOSDK0506", Assert.Throws<GoSdkException>(() => RuntimeIdentifierMap.ToRuntimeIdentifier(TargetPlatform.Parse("openbsd/amd64"))).Diagnostic.Code);
}
