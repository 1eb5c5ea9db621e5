using Go.Sdk.Tasks.Modules;

namespace Go.Sdk.Tasks.Tests.Modules;

/// <summary>The task with the real Go 1.22 on a module requiring one that no proxy has.</summary>
public sealed class DownloadGoModulesTests : IDisposable
{
    private const string GoRoot = "/usr/lib/go-1.22";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosdk-moddownload-" + Guid.NewGuid().ToString("N"));

    public DownloadGoModulesTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "module"));
        Directory.CreateDirectory(Path.Combine(_root, "proxy"));
        File.WriteAllText(Path.Combine(_root, "module", "go.mod"), "module example.com/m\n\ngo 1.21\n\nrequire example.com/absent v1.0.0\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (bool Succeeded, RecordingBuildEngine Log) Download(string proxy)
    {
        var engine = new RecordingBuildEngine();
        var task = new DownloadGoModules
        {
            BuildEngine = engine,
            GoExecutable = Path.Combine(GoRoot, "bin", "go"),
            GoRoot = GoRoot,
            WorkingDirectory = Path.Combine(_root, "module"),
            EnvironmentVariables = new[]
            {
                "GOPROXY=" + proxy, "GOSUMDB=off", "GOFLAGS=-modcacherw",
                "GOMODCACHE=" + Path.Combine(_root, "modcache"), "GOCACHE=" + Path.Combine(_root, "gocache"),
            },
            Proxy = proxy,
            TimeoutSeconds = 120,
        };
        return (task.Execute(), engine);
    }

    [Fact]
    public void AModuleNoProxyHasIsACodedErrorNamingIt()
    {
        var (succeeded, log) = Download(new Uri(Path.Combine(_root, "proxy")).AbsoluteUri);

        Assert.False(succeeded, log.AllText);
        var error = Assert.Single(log.Errors);
        Assert.Equal("GOSDK0621", error.Code);
        Assert.StartsWith("Module example.com/absent@v1.0.0 was not found", error.Message);
    }

    [Fact]
    public void AFileProxyFolderThatDoesNotExistIsAnUnreachableProxy()
    {
        var missing = Path.Combine(_root, "no-such-proxy");

        var (succeeded, log) = Download(new Uri(missing).AbsoluteUri);

        Assert.False(succeeded, log.AllText);
        var error = Assert.Single(log.Errors);
        Assert.Equal("GOSDK0624", error.Code);
        Assert.Contains($"the proxy folder '{missing}' does not exist", error.Message);
    }
}
