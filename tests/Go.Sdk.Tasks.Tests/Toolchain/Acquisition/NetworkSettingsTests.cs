using System.Net;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

public sealed class NetworkSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void ProxyVariablesPickTheProxyByScheme()
    {
        var proxy = EnvironmentProxy.FromEnvironment(Env(("HTTPS_PROXY", "http://secure:3128"), ("http_proxy", "plain:8080")))!;

        Assert.Equal(new Uri("http://secure:3128"), proxy.GetProxy(new Uri("https://go.dev/dl/")));
        Assert.Equal(new Uri("http://plain:8080"), proxy.GetProxy(new Uri("http://mirror/")));
    }

    [Theory]
    [InlineData("corp.example", "https://mirror.corp.example/", true)]
    [InlineData(".corp.example", "https://corp.example/", true)]
    [InlineData("*.corp.example", "https://a.corp.example/", true)]
    [InlineData("corp.example", "https://notcorp.example/", false)]
    [InlineData("mirror:8443", "https://mirror:8443/", true)]
    [InlineData("mirror:8443", "https://mirror/", false)]
    [InlineData("10.0.0.5", "https://10.0.0.5/", true)]
    [InlineData("*", "https://anything/", true)]
    public void NoProxyBypassesMatchingHosts(string noProxy, string url, bool bypassed)
    {
        var proxy = EnvironmentProxy.FromEnvironment(Env(("HTTPS_PROXY", "http://proxy:3128"), ("NO_PROXY", "other.example, " + noProxy)))!;

        Assert.Equal(bypassed, proxy.IsBypassed(new Uri(url)));
    }

    [Theory]
    [InlineData("http://localhost:8080/dl/")]
    [InlineData("http://127.0.0.1:8080/dl/")]
    [InlineData("http://127.0.0.2/dl/")]
    [InlineData("https://[::1]:8443/dl/")]
    public void ThisMachineIsNeverReachedThroughAProxyAsInGo(string url)
    {
        var proxy = EnvironmentProxy.FromEnvironment(Env(("HTTPS_PROXY", "http://proxy:3128"), ("HTTP_PROXY", "http://proxy:3128")))!;

        Assert.True(proxy.IsBypassed(new Uri(url)));
        Assert.False(proxy.IsBypassed(new Uri("http://mirror.example/dl/")));
    }

    [Fact]
    public void ProxyCredentialsComeFromItsUrl()
    {
        var proxy = EnvironmentProxy.FromEnvironment(Env(("HTTPS_PROXY", "http://me:p%40ss@proxy:3128")))!;

        var credential = proxy.Credentials!.GetCredential(new Uri("http://proxy:3128"), "Basic")!;
        Assert.Equal(("me", "p@ss"), (credential.UserName, credential.Password));
        Assert.Equal(new Uri("http://proxy:3128"), proxy.GetProxy(new Uri("https://go.dev/")));
    }

    [Fact]
    public void NoProxyVariablesMeanNoEnvironmentProxy() =>
        Assert.Null(EnvironmentProxy.FromEnvironment(Env()));

    [Fact]
    public void NetrcGivesTheFirstMachineEntryElseTheDefault()
    {
        var netrc = NetrcFile.Parse("""
            machine artifactory.corp login ci password first
            machine artifactory.corp login ci password second
            macdef init
            cd /pub
            machine fake login x password y

            default login anonymous password guest
            """, "netrc");

        Assert.Equal(new NetworkLogin("ci", "first"), netrc.For("artifactory.corp"));
        Assert.Equal(new NetworkLogin("anonymous", "guest"), netrc.For("fake"));
        Assert.DoesNotContain("first", netrc.For("artifactory.corp")!.ToString());
    }

    [Fact]
    public void TruncatedNetrcIsACodedError() =>
        Assert.Equal("GOSDK0139", Assert.Throws<GoSdkException>(() => NetrcFile.Parse("machine a login", "netrc")).Diagnostic.Code);

    [Theory]
    [InlineData("abc.def.ghi", "Bearer abc.def.ghi")]
    [InlineData("ci:pa:ss", "Basic Y2k6cGE6c3M=")]
    [InlineData("token gh_123", "token gh_123")]
    public void VariableValueChoosesTheScheme(string value, string header)
    {
        var authorization = new RequestAuthorization([new Uri("https://mirror.corp/")], "TOKEN", Env(("TOKEN", value)), null);

        Assert.Equal(header, authorization.For(new Uri("https://mirror.corp/dl/go.tar.gz"))!.ToString());
        Assert.Null(authorization.For(new Uri("https://elsewhere/")));
    }

    [Fact]
    public void NetrcAppliesWhereTheVariableDoesNot()
    {
        var netrc = NetrcFile.Parse("machine cdn.corp login u password p", "netrc");
        var authorization = new RequestAuthorization([new Uri("https://mirror.corp/")], null, Env(), netrc);

        Assert.Equal("Basic dTpw", authorization.For(new Uri("https://cdn.corp/x"))!.ToString());
        Assert.Null(authorization.For(new Uri("https://mirror.corp/x")));
    }

    [Fact]
    public void UnsetVariableIsACodedErrorOnTheFirstRequestToASource()
    {
        var authorization = new RequestAuthorization([new Uri("https://mirror.corp/")], "MY_TOKEN", Env(), null);

        var e = Assert.Throws<GoSdkException>(() => authorization.For(new Uri("https://mirror.corp/go.tar.gz")));

        Assert.Equal("GOSDK0135", e.Diagnostic.Code);
        Assert.Contains("MY_TOKEN", e.Message);
    }

    [Fact]
    public void ExplicitHttpProxyIsUsedForLoopbackToo()
    {
        var handler = (HttpClientHandler)PackageDownloader.CreateHandler(new DownloadOptions { HttpProxy = new Uri("http://127.0.0.1:9") }, Env());

        Assert.False(handler.Proxy!.IsBypassed(new Uri("http://127.0.0.1:8080/")));
        Assert.False(handler.AllowAutoRedirect);
        Assert.Equal(DecompressionMethods.None, handler.AutomaticDecompression);
    }
}
