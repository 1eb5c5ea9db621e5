using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

public sealed class ToolchainSourcesTests
{
    [Fact]
    public void WithoutAProxyTheOfficialMirrorIsTheOnlySource()
    {
        var source = Assert.Single(ToolchainSources.Create(Go12212, null, null).Candidates);

        Assert.Equal("https://go.dev/dl/go1.22.12.linux-amd64.tar.gz", source.Location.AbsoluteUri);
        Assert.Equal(PackageShape.Archive, source.Shape);
    }

    [Fact]
    public void ProxyListKeepsGoProxySeparatorsAndKeywords()
    {
        var sources = ToolchainSources.Create(Go12212, "https://mirror.corp/go", "https://a.corp/go|https://b.corp, direct ,off,https://never");

        Assert.True(sources.EndsWithOff);
        Assert.Equal(new[]
        {
            ("https://a.corp/go/golang.org/toolchain/@v/v0.0.1-go1.22.12.linux-amd64.zip", PackageShape.ModuleZip, true),
            ("https://b.corp/golang.org/toolchain/@v/v0.0.1-go1.22.12.linux-amd64.zip", PackageShape.ModuleZip, false),
            ("https://mirror.corp/go/go1.22.12.linux-amd64.tar.gz", PackageShape.Archive, false),
        }, sources.Candidates.Select(c => (c.Location.AbsoluteUri, c.Shape, c.FallBackOnAnyError)));
    }

    [Fact]
    public void FolderBecomesAFileUrl()
    {
        var location = Assert.Single(ToolchainSources.Create(Go12212, "/srv/go mirror", null).Candidates).Location;

        Assert.True(location.IsFile);
        Assert.Equal("/srv/go mirror/go1.22.12.linux-amd64.tar.gz", location.LocalPath);
    }

    [Theory]
    [InlineData("ftp://mirror/go/")]
    [InlineData("https://[bad/")]
    public void UnusableMirrorIsACodedError(string mirror) =>
        Assert.Equal("GOSDK0121", Assert.Throws<GoSdkException>(() => ToolchainSources.Create(Go12212, mirror, null)).Diagnostic.Code);

    [Theory]
    [InlineData("https://mirror.corp/", false, true)]
    [InlineData("file:///srv/mirror/", false, true)]
    [InlineData("http://127.0.0.1:8080/", false, true)]
    [InlineData("http://localhost/", false, true)]
    [InlineData("http://[::1]/", false, true)]
    [InlineData("http://mirror.corp/", false, false)]
    [InlineData("http://mirror.corp/", true, true)]
    public void PlainHttpOnlyToThisMachineUnlessAllowed(string url, bool allowHttp, bool allowed)
    {
        var check = Record.Exception(() => SourceLocation.CheckTransport(new Uri(url), allowHttp));

        Assert.Equal(allowed, check is null);
    }

    [Fact]
    public void DisplayedLocationsCarryNoCredentials() =>
        Assert.Equal("https://mirror.corp/dl/go.tar.gz", SourceLocation.Display(new Uri("https://ci:secret@mirror.corp/dl/go.tar.gz?token=abc")));
}
