using Go.Sdk.Tasks.Modules;

namespace Go.Sdk.Tasks.Tests.Modules;

public sealed class ModuleProblemDiagnosticsTests
{
    private const string Proxy = "file:///srv/goproxy";

    [Theory]
    [InlineData(ModuleProblemKind.NotFound, "GOSDK0621", "go list -m -versions example.com/a")]
    [InlineData(ModuleProblemKind.CredentialsRequired, "GOSDK0623", "GoPrivate")]
    [InlineData(ModuleProblemKind.ProxyUnreachable, "GOSDK0624", Proxy)]
    [InlineData(ModuleProblemKind.LookupDisabled, "GOSDK0625", "GOPROXY=off")]
    [InlineData(ModuleProblemKind.Other, "GOSDK0620", "exited with code 1")]
    public void EachKindHasItsCodeAndRemedy(ModuleProblemKind kind, string code, string remedy)
    {
        var diagnostic = ModuleProblemDiagnostics.For(new ModuleProblem(kind, "example.com/a@v1.2.3", "what go said"), 1, Proxy);

        Assert.Equal(code, diagnostic.Code);
        Assert.Contains("example.com/a@v1.2.3", diagnostic.Message);
        Assert.Contains(remedy, diagnostic.Message);
    }

    [Fact]
    public void AChecksumMismatchShowsBothHashes()
    {
        var problem = new ModuleProblem(ModuleProblemKind.ChecksumMismatch, "example.com/a@v1.2.3", "checksum mismatch", "h1:recorded=", "h1:served=");

        var diagnostic = ModuleProblemDiagnostics.For(problem, 1, Proxy);

        Assert.Equal("GOSDK0622", diagnostic.Code);
        Assert.Contains("go.sum records h1:recorded=, the proxy served h1:served=", diagnostic.Message);
    }

    [Fact]
    public void ANotFoundWithoutAModuleNameIsTheGeneralError()
    {
        var diagnostic = ModuleProblemDiagnostics.For(new ModuleProblem(ModuleProblemKind.NotFound, null, "go.mod file not found"), 1, Proxy);

        Assert.Equal("GOSDK0620", diagnostic.Code);
        Assert.Contains("go.mod file not found", diagnostic.Message);
    }

    [Fact]
    public void CredentialsInGosTextNeverReachTheMessage()
    {
        var problem = new ModuleProblem(ModuleProblemKind.CredentialsRequired, "corp.example.com/m@v1.0.0",
            "reading https://bob:s3cret@proxy.corp.example.com/corp.example.com/m/@v/v1.0.0.mod: 403 Forbidden");

        var diagnostic = ModuleProblemDiagnostics.For(problem, 1, Proxy);

        Assert.DoesNotContain("s3cret", diagnostic.Message);
        Assert.Contains("https://bob:***@proxy.corp.example.com", diagnostic.Message);
    }
}
