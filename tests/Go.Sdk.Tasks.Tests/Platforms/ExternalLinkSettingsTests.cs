using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class ExternalLinkSettingsTests
{
    private static readonly CCompiler Gcc = new("gcc", null, CCompilerKind.Gcc);

    [Fact]
    public void MuslLinksStaticallyWithoutABuildId()
    {
        var settings = ExternalLinkSettings.For(TargetPlatform.Parse("linux/arm64", Libc.Musl), Gcc, reproducible: true);
        Assert.True(settings.ExternalLinkMode);
        Assert.Equal(new[] { "-static", "-Wl,--build-id=none" }, settings.ExtLdFlags);
        Assert.Equal("-linkmode=external \"-extldflags=-static -Wl,--build-id=none\"", settings.ToGoLdFlags());
    }

    [Fact]
    public void GlibcKeepsGosLinkModeAndDropsTheBuildId()
    {
        var settings = ExternalLinkSettings.For(TargetPlatform.Parse("linux/amd64"), Gcc, reproducible: true);
        Assert.False(settings.ExternalLinkMode);
        Assert.Equal("-extldflags=-Wl,--build-id=none", settings.ToGoLdFlags());
    }

    [Fact]
    public void MinGWWritesNoLinkTimeIntoThePeHeader() =>
        Assert.Equal(new[] { "-Wl,--no-insert-timestamp" }, ExternalLinkSettings.For(TargetPlatform.Parse("windows/amd64"), Gcc, reproducible: true).ExtLdFlags);

    [Theory]
    [InlineData("darwin/arm64", CCompilerKind.Clang, true)]
    [InlineData("windows/amd64", CCompilerKind.Zig, true)]
    [InlineData("linux/amd64", CCompilerKind.Gcc, false)]
    public void AddsNothingWhereNothingIsNeeded(string target, CCompilerKind kind, bool reproducible)
    {
        var settings = ExternalLinkSettings.For(TargetPlatform.Parse(target), new CCompiler("cc", null, kind), reproducible);
        Assert.True(settings.IsEmpty);
        Assert.Equal("", settings.ToGoLdFlags());
    }
}
