using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Go.Sdk.IntegrationTests.Infrastructure;
using Microsoft.Build.Logging.StructuredLogger;
using MSBuildTask = Microsoft.Build.Logging.StructuredLogger.Task;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// `dotnet test` on samples/testing: every count is checked against plain `go test -json` of the same Go, the
/// reports by parsing them, the coverage by ReportGenerator.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class DotNetTestTests(GoSdkFixture fixture)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    [Theory]
    [InlineData("1.21.13")]
    [InlineData("1.22.12")]
    [InlineData("1.24.4")]
    public void FailingSuiteFailsWithEveryFailureAtItsLineAndCountsLikeGoTestJson(string goVersion)
    {
        var project = TestingSample.Create(fixture, "failing-" + goVersion);
        var junit = project.PathOf("reports/junit.xml");

        var result = project.DotNet("test", TestingSample.ProjectFile, $"-p:GoVersion={goVersion}", "-p:GoTestTimeout=5s",
            "--logger", "trx;LogFileName=run.trx", "--logger", $"junit;LogFilePath={junit}");

        result.ShouldFail();
        var raw = RawGoTest.Run(fixture, project.PathOf("testing"), goVersion, "-timeout=5s", "./...");
        var summary = TestingSample.Summary(result);
        Assert.Equal((raw.Failed, raw.Passed, raw.Skipped, raw.Total), summary);
        // The same sample gives the same results with every Go.
        Assert.Equal((7, 14, 1, 22), summary);

        var module = project.PathOf("testing");
        result.ShouldContain($"{module}/failing/assert/assert_test.go(26): error GOSDK0301: example.com/testing/failing/assert.TestDoubleTen failed: Double(10) = 12, want 20");
        result.ShouldContain($"{module}/failing/assert/assert_test.go(14): error GOSDK0301: example.com/testing/failing/assert.TestDoubleTable/three failed: Double(3) = 5, want 6");
        result.ShouldContain($"{module}/failing/crash/crash_test.go(10): error GOSDK0301: example.com/testing/failing/crash.TestIndex failed: panic: runtime error: index out of range [3] with length 0");
        result.ShouldContain("example.com/testing/failing/hang.TestForever failed: Test timed out after 5s");
        result.ShouldContain($"{module}/failing/broken/broken_test.go(7,18): error GOSDK0201:");
        Assert.DoesNotContain("TestDoubleTable failed", result.Output);

        var trx = XDocument.Load(project.PathOf("testing/TestResults/run.trx"));
        var counters = trx.Descendants(Trx + "Counters").Single();
        Assert.Equal(raw.Total, Counter(counters, "total"));
        Assert.Equal(raw.Passed, Counter(counters, "passed"));
        Assert.Equal(raw.Failed, Counter(counters, "failed"));
        Assert.Equal(raw.Skipped, Counter(counters, "notExecuted"));
        Assert.Equal(raw.Total, trx.Descendants(Trx + "UnitTestResult").Count());
        var tenth = trx.Descendants(Trx + "UnitTestResult").Single(r => (string?)r.Attribute("testName") == "TestDoubleTen");
        Assert.Equal("Failed", (string?)tenth.Attribute("outcome"));
        Assert.Contains("Double(10) = 12, want 20", tenth.Descendants(Trx + "Message").Single().Value);

        var suites = XDocument.Load(junit).Root!;
        Assert.Equal(raw.Total, Attribute(suites, "tests"));
        Assert.Equal(raw.Failed, Attribute(suites, "failures") + Attribute(suites, "errors"));
        Assert.Equal(raw.Skipped, Attribute(suites, "skipped"));
        Assert.Equal(raw.Total, suites.Descendants("testcase").Count());
        Assert.Single(suites.Descendants("testcase"), c => (string?)c.Attribute("name") == "[build failed]"
            && (string?)c.Attribute("classname") == "example.com/testing/failing/broken" && c.Element("error") is not null);
    }

    [Fact]
    public void PassingPackagesGiveAGreenRunWithCoberturaThatReportGeneratorReads()
    {
        var project = TestingSample.Create(fixture, "green");
        var results = project.PathOf("results");

        var result = project.DotNet("test", TestingSample.ProjectFile, "-p:GoTestPackages=./pass/...", "-p:GoTestFlags=-bench=. -benchtime=10x",
            "--collect", "XPlat Code Coverage", "-p:GoCoverageHtml=true", "--results-directory", results);

        result.ShouldSucceed();
        var raw = RawGoTest.Run(fixture, project.PathOf("testing"), "1.22.12", "-bench=.", "-benchtime=10x", "./pass/...");
        Assert.Equal((0, raw.Passed, raw.Skipped, raw.Total), TestingSample.Summary(result));
        Assert.Contains("BenchmarkSum", File.ReadAllText(project.PathOf("testing/pass/calc/calc_test.go")));
        Assert.Equal(0, raw.Failed);

        var attachment = Assert.Single(Directory.GetDirectories(results));
        Assert.True(Guid.TryParse(Path.GetFileName(attachment), out _));
        var cobertura = Path.Combine(attachment, "coverage.cobertura.xml");
        Assert.StartsWith("mode: atomic", File.ReadAllText(Path.Combine(attachment, "coverage.out")));
        Assert.Contains("<html", File.ReadAllText(Path.Combine(attachment, "coverage.html")));
        var coverage = XDocument.Load(cobertura).Root!;
        var lineRate = double.Parse((string)coverage.Attribute("line-rate")!, CultureInfo.InvariantCulture);
        Assert.InRange(lineRate, 0.01, 0.99);

        var summaryDirectory = Path.Combine(project.Directory, "rg-summary");
        var read = ReportGenerator.Read(fixture, cobertura, summaryDirectory).ShouldSucceed();
        Assert.DoesNotContain("warning", read.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", read.Output, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(summaryDirectory, "Summary.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(Attribute(coverage, "lines-covered"), summary.GetProperty("coveredlines").GetInt32());
        Assert.Equal(Attribute(coverage, "lines-valid"), summary.GetProperty("coverablelines").GetInt32());
        Assert.Equal(100 * lineRate, summary.GetProperty("linecoverage").GetDouble(), 0);
        Assert.Equal(2, summary.GetProperty("assemblies").GetInt32());
    }

    [Fact]
    public void FilterListTestsAndNoBuildWork()
    {
        var project = TestingSample.Create(fixture, "filter");

        var (filtered, log) = project.DotNetWithBinlog("test", TestingSample.ProjectFile, "--no-build", "-p:GoTestPackages=./pass/...",
            "--filter", "Name=TestMax/one");

        filtered.ShouldSucceed();
        var raw = RawGoTest.Run(fixture, project.PathOf("testing"), "1.22.12", "-run=^TestMax$/^one$", "./pass/...");
        Assert.Equal((0, raw.Passed, raw.Skipped, raw.Total), TestingSample.Summary(filtered));
        Assert.Equal(2, raw.Total);
        Assert.Empty(log.Tasks("GoBuild"));
        Assert.Contains(log.AllMessages, m => m.Contains("-run=^TestMax$/^one$", StringComparison.Ordinal));

        var listed = project.DotNet("test", TestingSample.ProjectFile, "--no-build", "-p:GoTestPackages=./pass/...", "--list-tests");
        listed.ShouldSucceed().ShouldContain("The following Tests are available:");
        foreach (var name in new[] { "pass/calc.TestSum", "pass/calc.TestMax", "pass/calc.ExampleSum", "pass/calc.BenchmarkSum", "pass/text.TestNeedsNetwork" })
        {
            listed.ShouldContain("    example.com/testing/" + name);
        }
        Assert.DoesNotContain("Passed!", listed.Output);

        // Without --no-build the project is built first, as a .NET test project is.
        var binlog = project.PathOf("built.binlog");
        project.DotNet("test", TestingSample.ProjectFile, "-p:GoTestPackages=./pass/text", $"-bl:{binlog}").ShouldSucceed();
        var build = BinaryLog.ReadBuild(binlog);
        Assert.Single(build.FindChildrenRecursive<MSBuildTask>(t => t.Name == "GoBuild"));
        // The empty target the terminal logger takes as "this project is testing".
        Assert.NotEmpty(build.FindChildrenRecursive<Target>(t => t.Name == "_TestRunStart"));
    }

    [Fact]
    public void ModuleWithoutTestsIsNoTestProjectAndARunWithoutTestsWarns()
    {
        var project = fixture.CreateProject("notests");
        project.WriteHelloModule();

        var (skipped, log) = project.DotNetWithBinlog("test", "hello/hello.goproj");
        skipped.ShouldSucceed();
        Assert.Empty(log.Tasks("RunGoTests"));

        var forced = project.DotNet("test", "hello/hello.goproj", "-p:IsTestProject=true");
        forced.ShouldSucceed().ShouldContain("warning GOSDK0304");
    }

    private static int Counter(XElement counters, string name) => (int)counters.Attribute(name)!;

    private static int Attribute(XElement element, string name) => (int)element.Attribute(name)!;
}
