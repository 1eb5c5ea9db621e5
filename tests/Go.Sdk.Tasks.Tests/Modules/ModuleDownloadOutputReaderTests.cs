using Go.Sdk.Tasks.Modules;

namespace Go.Sdk.Tasks.Tests.Modules;

/// <summary>
/// The reader on what Go 1.22 really printed (TestData/Modules: <c>&lt;case&gt;.stdout.json</c> and
/// <c>&lt;case&gt;.stderr.txt</c>, captured from <c>go mod download -json</c> against file:// and loopback proxies).
/// </summary>
public sealed class ModuleDownloadOutputReaderTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Modules");

    private static IReadOnlyList<ModuleProblem> ReadCase(string name)
    {
        var stdout = Path.Combine(DataFolder, name + ".stdout.json");
        var stderr = Path.Combine(DataFolder, name + ".stderr.txt");
        return ModuleDownloadOutputReader.Read(
            File.Exists(stdout) ? File.ReadAllText(stdout) : "",
            File.Exists(stderr) ? File.ReadAllLines(stderr) : Array.Empty<string>());
    }

    [Theory]
    [InlineData("missing-zip", ModuleProblemKind.NotFound, "example.com/nozip@v1.0.0", "v1.0.0.info: no such file or directory")]
    [InlineData("unknown-version", ModuleProblemKind.NotFound, "example.com/greet@v1.9.0", "v1.9.0.mod: no such file or directory")]
    [InlineData("not-found-404", ModuleProblemKind.NotFound, "example.com/greet@v1.9.0", "404 Not Found server response: nope")]
    [InlineData("gone-410", ModuleProblemKind.NotFound, "example.com/greet@v1.9.0", "410 Gone")]
    [InlineData("unauthorized-401", ModuleProblemKind.CredentialsRequired, "example.com/greet@v1.0.0", "401 Unauthorized")]
    [InlineData("forbidden-403", ModuleProblemKind.CredentialsRequired, "example.com/greet@v1.0.0", "403 Forbidden")]
    [InlineData("connection-refused", ModuleProblemKind.ProxyUnreachable, "example.com/greet@v1.0.0", "connect: connection refused")]
    [InlineData("proxy-off", ModuleProblemKind.LookupDisabled, "example.com/greet@v1.0.0", "module lookup disabled by GOPROXY=off")]
    public void EachFailureIsOneProblemNamingItsModule(string name, ModuleProblemKind kind, string module, string detail)
    {
        var problem = Assert.Single(ReadCase(name));

        Assert.Equal(kind, problem.Kind);
        Assert.Equal(module, problem.Module);
        Assert.Contains(detail, problem.Detail);
        Assert.DoesNotContain(module + ":", problem.Detail);
    }

    [Theory]
    [InlineData("checksum-mismatch", "h1:AAAAfPahjD25b6ujseOi9TIXzQyUAg8L5IPkWphB0HY=", "h1:R049fPahjD25b6ujseOi9TIXzQyUAg8L5IPkWphB0HY=")]
    [InlineData("gomod-checksum-mismatch", "h1:BBBBdhGf2dvXrNywJG0jkV+0342RC7PiKN0YX33Ej6Y=", "h1:rcTgdhGf2dvXrNywJG0jkV+0342RC7PiKN0YX33Ej6Y=")]
    public void AChecksumMismatchNamesTheModuleNotItsGoModAndBothHashes(string name, string recorded, string downloaded)
    {
        var problem = Assert.Single(ReadCase(name));

        Assert.Equal(ModuleProblemKind.ChecksumMismatch, problem.Kind);
        Assert.Equal("example.com/greet@v1.0.0", problem.Module);
        Assert.Equal((recorded, downloaded), (problem.Recorded, problem.Downloaded));
        Assert.Equal("checksum mismatch", problem.Detail);
    }

    [Fact]
    public void AnUnreadableGoModKeepsGosOwnExplanation()
    {
        var problem = Assert.Single(ReadCase("bad-gomod"));

        Assert.Equal(ModuleProblemKind.Other, problem.Kind);
        Assert.Null(problem.Module);
        Assert.Equal("errors parsing go.mod: go.mod:6: unknown directive: bogus", problem.Detail);
    }

    [Fact]
    public void TheSameProblemReportedInJsonAndOnStderrCountsOnce()
    {
        var json = "{\"Path\":\"example.com/a\",\"Version\":\"v1.0.0\",\"Error\":\"example.com/a@v1.0.0: reading https://p/example.com/a/@v/v1.0.0.zip: 404 Not Found\"}";
        var stderr = new[] { "go: downloading example.com/a v1.0.0", "go: example.com/a@v1.0.0: reading https://p/example.com/a/@v/v1.0.0.zip: 404 Not Found" };

        var problem = Assert.Single(ModuleDownloadOutputReader.Read(json, stderr));

        Assert.Equal("reading https://p/example.com/a/@v/v1.0.0.zip: 404 Not Found", problem.Detail);
    }

    [Fact]
    public void ModulesThatDownloadedAreNoProblem()
    {
        var json = "{\"Path\":\"example.com/a\",\"Version\":\"v1.0.0\",\"Sum\":\"h1:x\"}\n{\"Path\":\"example.com/b\",\"Version\":\"v2.0.0\",\"Error\":\"example.com/b@v2.0.0: invalid version: unknown revision v2.0.0\"}";

        var problem = Assert.Single(ModuleDownloadOutputReader.Read(json, Array.Empty<string>()));

        Assert.Equal(("example.com/b@v2.0.0", ModuleProblemKind.NotFound), (problem.Module, problem.Kind));
    }

    [Theory]
    [InlineData("git ls-remote -q origin: fatal: could not read Username for 'https://corp.example.com': terminal prompts disabled", ModuleProblemKind.CredentialsRequired)]
    [InlineData("refusing to pass credentials to insecure URL: http://bob:xxxxx@127.0.0.1:8080/m/@v/v1.0.0.mod", ModuleProblemKind.CredentialsRequired)]
    [InlineData("Get \"https://proxy.example.com/m/@v/list\": dial tcp: lookup proxy.example.com: no such host", ModuleProblemKind.ProxyUnreachable)]
    [InlineData("Get \"https://proxy.example.com/m/@v/list\": net/http: TLS handshake timeout", ModuleProblemKind.ProxyUnreachable)]
    [InlineData("no matching versions for query \"latest\"", ModuleProblemKind.NotFound)]
    [InlineData("go.mod has post-v1 module path \"example.com/m/v2\" at revision v2.0.0", ModuleProblemKind.Other)]
    public void GosWordingNamesTheKind(string detail, ModuleProblemKind kind) =>
        Assert.Equal(kind, ModuleDownloadOutputReader.KindOf(detail));
}
