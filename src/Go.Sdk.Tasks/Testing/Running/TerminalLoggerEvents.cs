using System.Collections.Generic;
using System.Globalization;
using Go.Sdk.Tasks.Testing.Model;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Testing.Running;

/// <summary>
/// The extended messages MSBuild's terminal logger reads from test tasks (the shapes VSTest's VSTestTask2 sends):
/// <c>TLTESTPASSED</c> and <c>TLTESTSKIPPED</c> show the test that just ended as the project's live status, and
/// <c>TLTESTFINISH</c> adds the run's counts to the "Test summary" line that <c>dotnet test</c> ends with, so Go
/// tests are counted with the .NET ones. Send them only when the terminal logger runs: other loggers would print them.
/// </summary>
public static class TerminalLoggerEvents
{
    public static ExtendedBuildMessageEventArgs TestEnded(TestOutcome outcome, string displayName)
    {
        bool skipped = outcome == TestOutcome.Skipped;
        string indicator = skipped ? "skipped" : "passed";
        return new ExtendedBuildMessageEventArgs(skipped ? "TLTESTSKIPPED" : "TLTESTPASSED", $"{indicator} {displayName}", null, null, MessageImportance.High)
        {
            ExtendedMetadata = new Dictionary<string, string?>
            {
                ["localizedResult"] = indicator,
                ["displayName"] = displayName,
            },
        };
    }

    /// <summary>Package and run errors count as failed tests, as in <see cref="TestSummary"/>.</summary>
    public static ExtendedBuildMessageEventArgs RunFinished(TestRun run, string summary)
    {
        TestTotals totals = run.Totals;
        return new ExtendedBuildMessageEventArgs("TLTESTFINISH", summary, null, null, MessageImportance.High)
        {
            ExtendedMetadata = new Dictionary<string, string?>
            {
                ["total"] = Number(totals.Total),
                ["passed"] = Number(totals.Passed),
                ["skipped"] = Number(totals.Skipped),
                ["failed"] = Number(totals.Failed + totals.Errors),
                ["duration"] = Number((long)run.Duration.TotalMilliseconds),
            },
        };
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
