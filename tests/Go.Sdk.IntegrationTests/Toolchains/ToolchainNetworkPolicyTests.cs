using System.Net;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>
/// Proxies and the https rule, seen from outside. The mirror is named <c>example.invalid</c>, a name no resolver
/// knows: only the loopback proxy, which sends everything to the loopback mirror, can reach it — as only a
/// corporate proxy can reach the internet.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ToolchainNetworkPolicyTests(GoSdkFixture fixture) : IDisposable
{
    private readonly LoopbackHttpProxy _proxy = new(new IPEndPoint(IPAddress.Loopback, new Uri(fixture.Mirror.BaseUrl).Port));

    public void Dispose() => _proxy.Dispose();

    private TestProject ProjectBehindTheProxy(string name, string mirrorUrl)
    {
        var project = MirrorProjects.Create(fixture, name, MirrorProjects.Mirror(mirrorUrl));
        project.Environment["HTTP_PROXY"] = _proxy.Url;
        project.Environment["NO_PROXY"] = null;
        return project;
    }

    private string ThroughTheProxy(MirrorRoute route) =>
        route.MirrorUrl.Replace("127.0.0.1", "example.invalid", StringComparison.Ordinal);

    [Fact]
    public void PlainHttpToAnotherMachineIsRefusedBeforeAnyConnection()
    {
        var route = fixture.Mirror.Route("http-refused");
        var project = ProjectBehindTheProxy("http-refused", ThroughTheProxy(route));

        var result = project.DotNet("build", "hello/hello.goproj").ShouldFail();

        result.ShouldContain("GOSDK0122").ShouldContain($"{ThroughTheProxy(route)}{LoopbackMirror.PlatformName}.tar.gz");
        Assert.Empty(_proxy.Requested);
        Assert.Equal(0, route.Requests);
    }

    [Fact]
    public void HttpProxyCarriesTheDownloadWhenPlainHttpIsAllowed()
    {
        var route = fixture.Mirror.Route("proxied");
        var project = ProjectBehindTheProxy("proxied", ThroughTheProxy(route));

        project.DotNet("build", "hello/hello.goproj", "-p:GoToolchainAllowHttp=true").ShouldSucceed();

        Assert.Equal([$"{ThroughTheProxy(route)}{LoopbackMirror.PlatformName}.tar.gz"], _proxy.Requested);
        Assert.Equal(1, route.Requests);
        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
    }

    [Fact]
    public void ThisMachineIsReachedDirectlyDespiteTheProxyAsGoDoes()
    {
        var route = fixture.Mirror.Route("loopback-direct");
        var project = ProjectBehindTheProxy("loopback-direct", route.MirrorUrl);

        project.DotNet("restore", "hello/hello.goproj").ShouldSucceed();

        Assert.Empty(_proxy.Requested);
        Assert.Equal(1, route.Requests);
        Assert.True(File.Exists(Path.Combine(MirrorProjects.CachedGoRoot(project), "bin", "go")));
    }
}
