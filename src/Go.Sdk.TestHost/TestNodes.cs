using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Writers;
using Microsoft.Testing.Platform.Extensions.Messages;

namespace Go.Sdk.TestHost;

/// <summary>
/// Turns the Testing model into the platform's test nodes: one per Go test (top-level, subtest, example, benchmark,
/// fuzz seed; the n-th run under <c>-count</c> gets <c>#n</c>), one per package or run error (a failed build, a
/// panic in <c>init</c>, …), so the counts are the classic mode's. Failures carry the places
/// <see cref="TestFailureReport"/> resolved (compiler messages at file(line,col)).
/// </summary>
internal static class TestNodes
{
    /// <summary>The node's id: the fully qualified name, and <c>#n</c> for the n-th repeated run (<c>-count</c>).</summary>
    public static string Uid(string fullyQualifiedName, int occurrence) =>
        occurrence == 0 ? fullyQualifiedName : fullyQualifiedName + "#" + occurrence.ToString(CultureInfo.InvariantCulture);

    public static TestNode Discovered(string fullyQualifiedName) => new()
    {
        Uid = fullyQualifiedName,
        DisplayName = fullyQualifiedName,
        Properties = new PropertyBag(DiscoveredTestNodeStateProperty.CachedInstance),
    };

    /// <summary>A test that just ended as passed or skipped, before the run is complete.</summary>
    public static TestNode Ended(string fullyQualifiedName, int occurrence, bool skipped, TimeSpan elapsed, DateTimeOffset now) => new()
    {
        Uid = Uid(fullyQualifiedName, occurrence),
        DisplayName = fullyQualifiedName,
        Properties = new PropertyBag(
            skipped ? SkippedTestNodeStateProperty.CachedInstance : PassedTestNodeStateProperty.CachedInstance,
            new TimingProperty(new TimingInfo(now - elapsed, now, elapsed))),
    };

    public static TestNode From(TestResult test, IReadOnlyList<ReportedFailure> failures)
    {
        PropertyBag properties = new();
        switch (test.Outcome)
        {
            case TestOutcome.Passed:
                properties.Add(PassedTestNodeStateProperty.CachedInstance);
                break;
            case TestOutcome.Skipped:
                properties.Add(new SkippedTestNodeStateProperty(test.SkipReason));
                break;
            default:
                TestFailure failure = test.Failure ?? new TestFailure("failed", null, null, false);
                properties.Add(Failed(test.FullyQualifiedName, failure.Message, failures, failure.StackTrace));
                AddLocation(properties, failures);
                break;
        }
        DateTimeOffset end = test.EndTime ?? test.StartTime ?? DateTimeOffset.Now;
        properties.Add(new TimingProperty(new TimingInfo(test.StartTime ?? end - test.Duration, end, test.Duration)));
        if (test.Output.Length > 0)
        {
            properties.Add(new StandardOutputProperty(test.Output));
        }
        return new TestNode { Uid = Uid(test.FullyQualifiedName, test.Occurrence), DisplayName = test.FullyQualifiedName, Properties = properties };
    }

    /// <summary>A package or run error, counted as one failed test named as the TRX names it.</summary>
    public static TestNode From(PackageError error, IReadOnlyList<ReportedFailure> failures)
    {
        string name = ReportText.ErrorTestName(error);
        string fullName = error.Package.Length == 0 ? name : error.Package + "." + name;
        PropertyBag properties = new(Failed(fullName, error.Message, failures, ReportText.ErrorDetails(error)));
        AddLocation(properties, failures);
        return new TestNode { Uid = fullName, DisplayName = fullName, Properties = properties };
    }

    /// <summary>
    /// The failure's text: the message, or each resolved failure as an MSBuild-style line (compiler errors at
    /// file(line,col)); the frames name every place, so the terminal links them.
    /// </summary>
    private static FailedTestNodeStateProperty Failed(string name, string message, IReadOnlyList<ReportedFailure> failures, string? details)
    {
        StringBuilder text = new();
        StringBuilder frames = new();
        foreach (ReportedFailure failure in failures)
        {
            if (failure.File is null)
            {
                continue;
            }
            frames.Append("   at ").Append(name).Append(" in ").Append(failure.File).Append(":line ").Append(failure.Line.ToString(CultureInfo.InvariantCulture)).AppendLine();
            // Compiler messages (they have a column) and several places read as MSBuild errors: file(line,col): error code: text.
            if (failures.Count > 1 || failure.Column > 0)
            {
                string column = failure.Column > 0 ? "," + failure.Column.ToString(CultureInfo.InvariantCulture) : "";
                text.Append(failure.File).Append('(').Append(failure.Line.ToString(CultureInfo.InvariantCulture)).Append(column).Append("): error ")
                    .Append(failure.Diagnostic.Code).Append(": ").AppendLine(failure.Message);
            }
        }
        string explanation = text.Length > 0 ? text.ToString().TrimEnd() : message;
        if (!string.IsNullOrEmpty(details) && details != message && !explanation.Contains(details!, StringComparison.Ordinal))
        {
            explanation += Environment.NewLine + details;
        }
        return new FailedTestNodeStateProperty(new GoTestFailure(explanation, frames.Length > 0 ? frames.ToString().TrimEnd() : null), explanation);
    }

    private static void AddLocation(PropertyBag properties, IReadOnlyList<ReportedFailure> failures)
    {
        ReportedFailure? first = failures.FirstOrDefault(f => f.File is not null);
        if (first is not null)
        {
            LinePosition position = new(first.Line, first.Column);
            properties.Add(new TestFileLocationProperty(first.File!, new LinePositionSpan(position, position)));
        }
    }
}
