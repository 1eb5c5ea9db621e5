using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class TargetPlatformTests
{
    [Theory]
    [InlineData("linux/amd64", "linux", "amd64", null, null)]
    [InlineData("linux/arm/v7", "linux", "arm", "GOARM", "7")]
    [InlineData("linux/arm/6", "linux", "arm", "GOARM", "6")]
    [InlineData("linux/amd64/v3", "linux", "amd64", "GOAMD64", "v3")]
    [InlineData("linux/arm64/v8", "linux", "arm64", "GOARM64", "v8.0")]
    [InlineData("linux/arm64/v9.2", "linux", "arm64", "GOARM64", "v9.2")]
    [InlineData("windows/386/softfloat", "windows", "386", "GO386", "softfloat")]
    [InlineData("linux/ppc64le/power9", "linux", "ppc64le", "GOPPC64", "power9")]
    [InlineData("linux/riscv64/rva22u64", "linux", "riscv64", "GORISCV64", "rva22u64")]
    [InlineData(" Darwin/ARM64 ", "darwin", "arm64", null, null)]
    public void ParsesGoosGoarchAndVariantIntoGoSettings(string text, string goos, string goarch, string? variable, string? value)
    {
        var p = TargetPlatform.Parse(text);
        Assert.Equal((goos, goarch, variable, value), (p.GoOS, p.GoArch, p.VariantVariable, p.Variant));
    }

    [Theory]
    [InlineData("linux/arm/v7")]
    [InlineData("linux/amd64")]
    [InlineData("linux/arm64/v8.0")]
    [InlineData("windows/386/sse2")]
    public void PrintsTheSyntaxItParses(string text) =>
        Assert.Equal(text, TargetPlatform.Parse(text).ToString());

    [Theory]
    [InlineData("linux")]
    [InlineData("linux/")]
    [InlineData("/amd64")]
    [InlineData("linux/amd64/v3/extra")]
    [InlineData("linux/arm/v8")]
    [InlineData("linux/amd64/v7")]
    [InlineData("linux/s390x/z15")]
    [InlineData("linux_x/amd64")]
    [InlineData("")]
    public void RejectsMalformedPlatformsWithCode0502(string text) =>
        Assert.Equal("GOSDK0502", Assert.Throws<GoSdkException>(() => TargetPlatform.Parse(text)).Diagnostic.Code);

    [Fact]
    public void ARuntimeIdentifierInGoTargetPlatformsIsAnsweredWithItsPlatformString()
    {
        var e = Assert.Throws<GoSdkException>(() => TargetPlatform.Parse("linux-arm"));
        Assert.Contains("RuntimeIdentifiers", e.Diagnostic.Message);
        Assert.Contains("linux/arm/v7", e.Diagnostic.Message);
    }

    [Fact]
    public void MuslAppliesToLinuxEntriesOfAMatrixOnly()
    {
        Assert.Equal(Libc.Musl, TargetPlatform.Parse("linux/arm64", Libc.Musl).Libc);
        Assert.Equal(Libc.Gnu, TargetPlatform.Parse("windows/amd64", Libc.Musl).Libc);
    }

    [Fact]
    public void MuslOnAnotherSystemIsCode0504() =>
        Assert.Equal("GOSDK0504", Assert.Throws<GoSdkException>(() => new TargetPlatform("windows", "amd64", null, Libc.Musl)).Diagnostic.Code);

    [Theory]
    [InlineData("", Libc.Gnu)]
    [InlineData("gnu", Libc.Gnu)]
    [InlineData("glibc", Libc.Gnu)]
    [InlineData(" MUSL ", Libc.Musl)]
    public void ReadsGoLibc(string value, Libc expected) => Assert.Equal(expected, TargetPlatform.ParseLibc(value));

    [Fact]
    public void UnknownGoLibcIsCode0505() =>
        Assert.Equal("GOSDK0505", Assert.Throws<GoSdkException>(() => TargetPlatform.ParseLibc("uclibc")).Diagnostic.Code);

    [Theory]
    [InlineData("linux/amd64", Libc.Gnu, "linux-amd64")]
    [InlineData("linux/amd64", Libc.Musl, "linux-musl-amd64")]
    [InlineData("linux/arm/v6", Libc.Gnu, "linux-arm-v6")]
    [InlineData("windows/arm64", Libc.Gnu, "windows-arm64")]
    public void EachTargetOfAMatrixHasItsOwnFolder(string text, Libc libc, string folder) =>
        Assert.Equal(folder, TargetPlatform.Parse(text, libc).FolderName);

    [Fact]
    public void GoEnvironmentHoldsGoosGoarchAndTheVariantVariable()
    {
        var env = TargetPlatform.Parse("linux/arm/v7").GoEnvironment();
        Assert.Equal(new[] { "GOOS=linux", "GOARCH=arm", "GOARM=7" }, env.Select(kv => kv.Key + "=" + kv.Value));
        Assert.Equal(2, TargetPlatform.Parse("linux/arm").GoEnvironment().Count);
    }

    [Fact]
    public void PlatformsCompareByValue() =>
        Assert.Equal(TargetPlatform.Parse("linux/arm/v7"), new TargetPlatform("linux", "arm", "7"));
}
