using System;
using System.Globalization;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// The one-line verdict .NET's test runner prints, so a solution's Go and C# projects read alike:
/// <c>Passed!  - Failed:     0, Passed:    12, Skipped:     1, Total:    13, Duration: 1 s - app.goproj</c>.
/// Package and run errors count as failed here: a build that broke can never read "Passed!".
/// </summary>
public static class TestSummary
{
    public static string Format(TestRun run, string projectName)
    {
        TestTotals totals = run.Totals;
        string verdict = run.Succeeded ? "Passed!  -" : "Failed! -";
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} Failed: {1,5}, Passed: {2,5}, Skipped: {3,5}, Total: {4,5}, Duration: {5} - {6}",
            verdict,
            totals.Failed + totals.Errors,
            totals.Passed,
            totals.Skipped,
            totals.Total,
            FormatDuration(run.Duration),
            projectName);
    }

    /// <summary>As the .NET runner shows durations: <c>&lt; 1 ms</c>, <c>250 ms</c>, <c>4 s</c>, <c>2 m 5 s</c>, <c>1 h 3 m</c>.</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        if (duration < TimeSpan.FromMilliseconds(1))
        {
            return "< 1 ms";
        }
        if (duration < TimeSpan.FromSeconds(1))
        {
            return ((int)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
        }
        if (duration < TimeSpan.FromMinutes(1))
        {
            return ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
        }
        if (duration < TimeSpan.FromHours(1))
        {
            return string.Format(CultureInfo.InvariantCulture, "{0} m {1} s", (int)duration.TotalMinutes, duration.Seconds);
        }
        return string.Format(CultureInfo.InvariantCulture, "{0} h {1} m", (int)duration.TotalHours, duration.Minutes);
    }
}
