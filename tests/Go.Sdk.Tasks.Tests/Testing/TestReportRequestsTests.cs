using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Testing.Running;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

public sealed class TestReportRequestsTests
{
    private static readonly TrxNaming Naming = new("ann", "build01", new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
    private static readonly string Results = Path.Combine(Path.GetTempPath(), "results");
    private static readonly string ProjectDirectory = Path.Combine(Path.GetTempPath(), "app");

    private static (IReadOnlyList<TestReportRequest> Requests, List<GoSdkDiagnostic> Warnings) Parse(params string[] loggers)
    {
        List<GoSdkDiagnostic> warnings = new();
        return (TestReportRequests.Parse(loggers, Results, ProjectDirectory, "app", Naming, warnings.Add), warnings);
    }

    [Fact]
    public void TrxGetsVSTestsDefaultNameOrTheGivenOneInTheResultsFolder()
    {
        var (requests, warnings) = Parse("trx", "TRX;LogFileName={assembly}.trx");

        Assert.Empty(warnings);
        Assert.Equal(new[]
        {
            new TestReportRequest(TestReportFormat.Trx, Path.Combine(Results, Naming.DefaultFileName())),
            new TestReportRequest(TestReportFormat.Trx, Path.Combine(Results, "app.trx")),
        }, requests);
        Assert.Matches(@"^ann_build01_\d{4}-\d\d-\d\d_\d\d_\d\d_\d\d\.trx$", Naming.DefaultFileName());
    }

    [Fact]
    public void JUnitFollowsJunitXmlTestLogger()
    {
        var (requests, _) = Parse("junit", "junit;LogFilePath=out/{assembly}.xml", "junit;LogFileName=j.xml", "junit;LogFilePath=/abs/j.xml");

        Assert.Equal(new[]
        {
            Path.Combine(Results, "TestResults.xml"),
            Path.Combine(ProjectDirectory, "out", "app.xml"),
            Path.Combine(Results, "j.xml"),
            "/abs/j.xml",
        }, requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal(TestReportFormat.JUnit, r.Format));
    }

    [Fact]
    public void ConsoleIsAcceptedAndOtherLoggersWarn()
    {
        var (requests, warnings) = Parse("console;verbosity=detailed", "html;LogFileName=x.html");

        Assert.Empty(requests);
        var warning = Assert.Single(warnings);
        Assert.Equal("GOSDK0308", warning.Code);
        Assert.Contains("html;LogFileName=x.html", warning.Message);
    }
}
