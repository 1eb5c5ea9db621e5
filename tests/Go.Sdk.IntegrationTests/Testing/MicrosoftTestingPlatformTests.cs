using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// `dotnet test` in Microsoft.Testing.Platform mode (.NET 10 SDK, global.json <c>test.runner</c>): a Go test project runs
/// as a test module beside a real xunit v3 MTP project, in the same run and the same summary, with MTP's exit codes;
/// the options mean what they mean in the classic mode, and `dotnet run` still runs the Go program.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class MicrosoftTestingPlatformTests(GoSdkFixture fixture)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    // MTP's exit codes (aka.ms/testingplatform/exitcodes).
    private const int FailedTests = 2;
    private const int ZeroTests = 8;
    private const int MinimumExpectedTestsNotMet = 9;

    private MtpWorkspace Workspace => MtpWorkspace.For(fixture);

    [Fact]
    public void SolutionRunCountsGoTestsBesideXunitV3AndFailsWithTheGoFailureAtItsLine()
    {
        var result = Workspace.SolutionRun;

        Assert.True(result.ExitCode == FailedTests, result.ToString());
        var raw = Workspace.Raw;
        Assert.Equal((7, 1, 5, 1), (raw.Total, raw.Failed, raw.Passed, raw.Skipped));
        // Go's tests as plain go test -json counts them, plus the two C# tests.
        Assert.Equal((raw.Total + 2, raw.Failed, raw.Passed + 2, raw.Skipped), Summary(result));
        result.ShouldContain("Running tests from example.com/calc in ");
        result.ShouldContain("failed example.com/calc/mathx.TestSub");
        result.ShouldContain("Sub(5, 3) = 8, want 2");
        result.ShouldContain(Workspace.Project.PathOf("calc/mathx/mathx_test.go") + ":13");
    }

    [Fact]
    public void ReportTrxWritesOneTrxPerModuleAndTheGoOneCountsLikeGoTestJson()
    {
        var reports = Directory.GetFiles(Workspace.SolutionResults, "*.trx").Select(XDocument.Load).ToList();

        Assert.Equal(2, reports.Count);
        var go = reports.Single(r => r.Descendants(Trx + "TestMethod").Any(m => (string?)m.Attribute("className") == "example.com/calc/mathx"));
        var csharp = reports.Single(r => r != go);
        var raw = Workspace.Raw;
        Assert.Equal((raw.Total, raw.Passed, raw.Failed, raw.Skipped), Counts(go));
        Assert.Equal(2, Counts(csharp).Total);
        var sub = go.Descendants(Trx + "UnitTestResult").Single(r => (string?)r.Attribute("testName") == "TestSub");
        Assert.Equal("Failed", (string?)sub.Attribute("outcome"));
        Assert.Contains("Sub(5, 3) = 8, want 2", sub.Descendants(Trx + "Message").Single().Value);
        Assert.Contains(go.Descendants(Trx + "UnitTestResult"), r => (string?)r.Attribute("testName") == "TestTable/zero");
    }

    [Fact]
    public void FilterAndCoverageGiveTheClassicModesSelectionAndTheSameCobertura()
    {
        var project = Workspace.Project;
        var mtpResults = project.PathOf("coverage-mtp");
        var classicResults = project.PathOf("coverage-classic");
        const string Filter = "Name=TestAdd|Name~Table";

        var mtp = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--filter", Filter,
            "--coverage", "--coverage-output-format", "cobertura", "--results-directory", mtpResults);
        // The classic mode in the same repository: the VSTest target, as docs/testing.md says.
        var classic = project.DotNet("msbuild", "calc/calc.goproj", "-t:VSTest", "-p:VSTestNoBuild=true",
            $"-p:VSTestTestCaseFilter={Filter}", "-p:VSTestCollect=XPlat Code Coverage", $"-p:VSTestResultsDirectory={classicResults}");

        mtp.ShouldSucceed();
        classic.ShouldSucceed();
        // TestAdd, TestTable and its two subtests.
        Assert.Equal((4, 0, 4, 0), Summary(mtp));
        var mtpCobertura = Directory.GetFiles(mtpResults, "coverage.cobertura.xml", SearchOption.AllDirectories).Single();
        var classicCobertura = Directory.GetFiles(classicResults, "coverage.cobertura.xml", SearchOption.AllDirectories).Single();
        Assert.Equal(File.ReadAllText(classicCobertura), File.ReadAllText(mtpCobertura));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(mtpCobertura)!, "coverage.out")));

        var summary = Path.Combine(mtpResults, "report");
        ReportGenerator.Read(fixture, mtpCobertura, summary).ShouldSucceed();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(summary, "Summary.json")));
        var totals = json.RootElement.GetProperty("summary");
        var coverage = XDocument.Load(mtpCobertura).Root!;
        // Add is covered; Sub, Unused and main are not.
        Assert.Equal(int.Parse((string)coverage.Attribute("lines-valid")!, CultureInfo.InvariantCulture), totals.GetProperty("coverablelines").GetInt32());
        Assert.Equal(int.Parse((string)coverage.Attribute("lines-covered")!, CultureInfo.InvariantCulture), totals.GetProperty("coveredlines").GetInt32());
        Assert.Equal(1, totals.GetProperty("coveredlines").GetInt32());
    }

    [Fact]
    public void ExitCodesFollowTheTestingPlatform()
    {
        var project = Workspace.Project;

        var none = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--filter", "Name=TestNothing");
        var tooFew = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--filter", "Name=TestAdd", "--minimum-expected-tests", "3");
        var badFilter = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--filter", "TestCategory=Slow");

        Assert.True(none.ExitCode == ZeroTests, none.ToString());
        Assert.True(tooFew.ExitCode == MinimumExpectedTestsNotMet, tooFew.ToString());
        badFilter.ShouldFail();
        badFilter.ShouldContain("GOSDK0307");
    }

    [Fact]
    public void ARaceIsReportedAtTheRacingLineOfTheModuleNotAtGosTestingGo()
    {
        var result = Workspace.Project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "-p:GoTestRace=true", "--filter", "Name=TestRacy");

        Assert.True(result.ExitCode == FailedTests, result.ToString());
        result.ShouldContain("race detected during execution of test");
        // The first racing access the race detector printed (one of the two n++), a file the user has.
        result.ShouldContain($"at example.com/calc/mathx.TestRacy in {Workspace.Project.PathOf("calc/mathx/mathx_test.go")}:");
        Assert.DoesNotContain("testing.go:line", result.Output);
        Assert.DoesNotContain(Workspace.Project.PathOf("calc/mathx/testing.go"), result.Output);
    }

    [Fact]
    public void ATestFileThatDoesNotCompileIsAFailedModuleWithTheCompilerErrorAtItsPlace()
    {
        var result = Workspace.Project.DotNet("test", "--project", "broken/broken.goproj");

        Assert.True(result.ExitCode == FailedTests, result.ToString());
        result.ShouldContain(Workspace.Project.PathOf("broken/broken_test.go") + "(6,14): error GOSDK0201: cannot use \"three\"");
        Assert.Equal((1, 1, 0, 0), Summary(result));
    }

    [Fact]
    public void ListTestsAndHelpDescribeTheGoModuleAndDotNetRunStillRunsTheProgram()
    {
        var project = Workspace.Project;

        var list = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--list-tests");
        var help = project.DotNet("test", "--project", "calc/calc.goproj", "--no-build", "--help");
        var run = project.DotNet("run", "--project", "calc/calc.goproj");

        list.ShouldSucceed();
        foreach (var name in new[] { "TestAdd", "TestSub", "TestTable", "TestLater" })
        {
            list.ShouldContain("example.com/calc/mathx." + name);
        }
        help.ShouldContain("--report-trx-filename");
        help.ShouldContain("--coverage-output-format");
        run.ShouldSucceed();
        run.ShouldContain("calc says 5");
    }

    /// <summary>The "Test run summary" block as (total, failed, succeeded, skipped).</summary>
    private static (int Total, int Failed, int Succeeded, int Skipped) Summary(CommandResult result)
    {
        var output = Regex.Replace(result.Output, @"\x1B\[[0-9;?]*[A-Za-z]", "");
        var match = Regex.Match(output, @"Test run summary:.*?total: (\d+)\s+failed: (\d+)\s+succeeded: (\d+)\s+skipped: (\d+)", RegexOptions.Singleline);
        Assert.True(match.Success, "No test run summary in:" + Environment.NewLine + output);
        int Group(int i) => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (Group(1), Group(2), Group(3), Group(4));
    }

    private static (int Total, int Passed, int Failed, int NotExecuted) Counts(XDocument trx)
    {
        var counters = trx.Descendants(Trx + "Counters").Single();
        int Counter(string name) => int.Parse((string)counters.Attribute(name)!, CultureInfo.InvariantCulture);
        return (Counter("total"), Counter("passed"), Counter("failed"), Counter("notExecuted"));
    }
}
