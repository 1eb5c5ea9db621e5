using System.Text;
using System.Xml.Linq;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Writers;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Numbered golden files in TestData/Testing: <c>NNN-name.gojson.txt</c> (go test output; <c>[stderr] </c> marks
/// stderr lines, the first line gives the exit code) → <c>NNN-name.trx</c>, <c>NNN-name.junit.xml</c> and
/// <c>NNN-name.summary.txt</c> (console summary and MSBuild failure list). Set GOSDK_UPDATE_GOLDEN=1 to rewrite them.
/// </summary>
public class GoldenReportTests
{
    private const string StderrPrefix = "[stderr] ";
    private const string ExitCodePrefix = "exit-code: ";
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Testing");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(DataFolder, "*.gojson.txt").Select(f => new object[] { Path.GetFileName(f).Replace(".gojson.txt", "") }).OrderBy(c => (string)c[0]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrxMatchesGoldenFile(string name)
    {
        TestRun run = Build(name);
        MemoryStream trx = new();
        TrxWriter.Write(run, trx, new TrxWriterOptions { UserName = "builder", MachineName = "agent-1", Storage = "/src/m/m.goproj" });

        string text = Check(name + ".trx", trx);
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        XDocument document = XDocument.Parse(text);
        XElement counters = document.Descendants(ns + "Counters").Single();
        Assert.Equal(document.Descendants(ns + "UnitTestResult").Count(), (int)counters.Attribute("total")!);
        Assert.Equal(run.Totals.Total, (int)counters.Attribute("total")!);
        Assert.Equal(document.Descendants(ns + "UnitTest").Select(u => (string)u.Attribute("id")!).Distinct().Count(), (int)counters.Attribute("total")!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JUnitMatchesGoldenFile(string name)
    {
        TestRun run = Build(name);
        MemoryStream junit = new();
        JUnitWriter.Write(run, junit, new JUnitWriterOptions { HostName = "agent-1" });

        XDocument document = XDocument.Parse(Check(name + ".junit.xml", junit));
        Assert.Equal(run.Totals.Total, document.Descendants("testcase").Count());
        Assert.All(document.Descendants("testsuite"), s => Assert.Equal((int)s.Attribute("tests")!, s.Elements("testcase").Count()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SummaryAndFailureListMatchGoldenFile(string name)
    {
        TestRun run = Build(name);
        StringBuilder text = new();
        text.AppendLine(TestSummary.Format(run, "m.goproj"));
        foreach (ReportedFailure failure in TestFailureReport.Collect(run, "example.com/m", "/src/m"))
        {
            GoSdkDiagnosticText(text, failure);
        }

        Check(name + ".summary.txt", new MemoryStream(Encoding.UTF8.GetBytes(text.ToString().ReplaceLineEndings("\n"))));
    }

    private static void GoSdkDiagnosticText(StringBuilder text, ReportedFailure failure)
    {
        var d = failure.Diagnostic;
        string place = d.File is null ? "" : d.Column > 0 ? $"{d.File}({d.Line},{d.Column}): " : $"{d.File}({d.Line}): ";
        text.Append(place).Append("error ").Append(d.Code).Append(": ").AppendLine(d.Message.ReplaceLineEndings(" | "));
    }

    /// <summary>The run a golden case's recorded go test output gives.</summary>
    internal static TestRun Build(string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(DataFolder, name + ".gojson.txt"));
        int exitCode = int.Parse(lines[0].Substring(ExitCodePrefix.Length));
        DateTimeOffset[] clock = { new(2025, 1, 2, 3, 4, 0, TimeSpan.Zero), new(2025, 1, 2, 3, 4, 10, TimeSpan.Zero) };
        int tick = 0;
        TestRunBuilder builder = new(() => clock[Math.Min(tick++, 1)]);
        foreach (string line in lines.Skip(1))
        {
            bool stderr = line.StartsWith(StderrPrefix, StringComparison.Ordinal);
            builder.AddLine(stderr ? line.Substring(StderrPrefix.Length) : line, stderr);
        }
        return builder.Complete(exitCode);
    }

    private static string Check(string expectedFile, MemoryStream actual)
    {
        string text = Encoding.UTF8.GetString(actual.ToArray());
        if (Environment.GetEnvironmentVariable("GOSDK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDataFolder(), expectedFile), text);
        }
        string expectedPath = Path.Combine(DataFolder, expectedFile);
        Assert.True(File.Exists(expectedPath), $"{expectedFile} is missing; run the tests with GOSDK_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), text);
        return text;
    }

    private static string SourceDataFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Go.Sdk.Tasks.Tests", "TestData", "Testing");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/Go.Sdk.Tasks.Tests/TestData/Testing was not found above " + AppContext.BaseDirectory);
    }
}
