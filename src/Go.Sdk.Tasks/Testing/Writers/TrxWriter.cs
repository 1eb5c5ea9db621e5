using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>
/// Writes a <see cref="TestRun"/> as a VSTest TRX file (schema <c>http://microsoft.com/schemas/VisualStudio/TeamTest/2010</c>),
/// in the element order VSTest's own logger uses, which Azure DevOps' PublishTestResults (VSTest) reads. Every test,
/// subtest included, is one <c>UnitTest</c> with <c>className</c> = import path and <c>name</c> = Go test name.
/// A package or run error becomes a failed result named like <c>[build failed]</c>, so it can never look green.
/// Outcomes: Passed, Failed, NotExecuted (skipped). Ids are derived from names (<see cref="DeterministicGuid"/>).
/// </summary>
public static class TrxWriter
{
    private const string Namespace = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string UnitTestType = "13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b";
    private const string ResultsNotInAListId = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
    private const string AllLoadedResultsId = "19431567-8539-422a-85d7-44ee4e166bda";
    private const string AdapterTypeName = "executor://go.sdk/gotest";

    public static void WriteFile(TestRun run, string path, TrxWriterOptions options) =>
        ReportText.WriteFile(path, stream => Write(run, stream, options));

    public static void Write(TestRun run, Stream stream, TrxWriterOptions options)
    {
        using DeterministicGuid guids = new();
        Guid[] testIds = Ids(run, guids, "test");
        Guid[] executionIds = Ids(run, guids, "execution");
        string runName = $"{options.UserName}@{options.MachineName} {run.StartTime.UtcDateTime:yyyy-MM-dd HH:mm:ss}";

        using XmlWriter xml = ReportText.CreateXmlWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("TestRun", Namespace);
        xml.WriteAttributeString("id", guids.From("run", runName, ReportText.RoundTrip(run.StartTime)).ToString());
        xml.WriteSafeAttribute("name", runName);
        xml.WriteSafeAttribute("runUser", options.UserName);

        xml.WriteStartElement("Times", Namespace);
        xml.WriteAttributeString("creation", ReportText.RoundTrip(run.StartTime));
        xml.WriteAttributeString("queuing", ReportText.RoundTrip(run.StartTime));
        xml.WriteAttributeString("start", ReportText.RoundTrip(run.StartTime));
        xml.WriteAttributeString("finish", ReportText.RoundTrip(run.EndTime));
        xml.WriteEndElement();

        xml.WriteStartElement("TestSettings", Namespace);
        xml.WriteAttributeString("name", "default");
        xml.WriteAttributeString("id", guids.From("settings", runName).ToString());
        xml.WriteStartElement("Deployment", Namespace);
        xml.WriteSafeAttribute("runDeploymentRoot", $"{options.UserName}_{options.MachineName}_{run.StartTime.UtcDateTime:yyyy-MM-dd_HH_mm_ss}");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("Results", Namespace);
        int row = 0;
        foreach (TrxEntry entry in Entries(run))
        {
            WriteResult(xml, run, entry, testIds[row].ToString(), executionIds[row].ToString(), options);
            row++;
        }
        xml.WriteEndElement();

        xml.WriteStartElement("TestDefinitions", Namespace);
        row = 0;
        foreach (TrxEntry entry in Entries(run))
        {
            string testId = testIds[row].ToString();
            string executionId = executionIds[row].ToString();
            row++;
            xml.WriteStartElement("UnitTest", Namespace);
            xml.WriteSafeAttribute("name", entry.Name);
            xml.WriteSafeAttribute("storage", options.Storage);
            xml.WriteAttributeString("id", testId);
            xml.WriteStartElement("Execution", Namespace);
            xml.WriteAttributeString("id", executionId);
            xml.WriteEndElement();
            xml.WriteStartElement("TestMethod", Namespace);
            xml.WriteSafeAttribute("codeBase", options.Storage);
            xml.WriteAttributeString("adapterTypeName", AdapterTypeName);
            xml.WriteSafeAttribute("className", entry.ClassName);
            xml.WriteSafeAttribute("name", entry.Name);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("TestEntries", Namespace);
        for (row = 0; row < testIds.Length; row++)
        {
            xml.WriteStartElement("TestEntry", Namespace);
            xml.WriteAttributeString("testId", testIds[row].ToString());
            xml.WriteAttributeString("executionId", executionIds[row].ToString());
            xml.WriteAttributeString("testListId", ResultsNotInAListId);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("TestLists", Namespace);
        WriteTestList(xml, "Results Not in a List", ResultsNotInAListId);
        WriteTestList(xml, "All Loaded Results", AllLoadedResultsId);
        xml.WriteEndElement();

        WriteSummary(xml, run);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// Every row of the report in order: tests by package, then package and run errors. Rows are produced on each
    /// pass instead of being kept, and their ids are kept as <see cref="Guid"/> values, because a run can hold
    /// hundreds of thousands of tests.
    /// </summary>
    private static IEnumerable<TrxEntry> Entries(TestRun run)
    {
        foreach (PackageResult package in run.Packages)
        {
            foreach (TestResult test in package.Tests)
            {
                yield return new TrxEntry(package.ImportPath, test.Name, test.Occurrence, test, null);
            }
        }
        foreach (PackageError error in run.AllErrors)
        {
            yield return new TrxEntry(ReportText.ErrorClassName(error), ReportText.ErrorTestName(error), 0, null, error);
        }
    }

    // Sized before filling: a growing list would copy its array on the large-object heap at every doubling.
    private static Guid[] Ids(TestRun run, DeterministicGuid guids, string kind)
    {
        int count = run.Errors.Count;
        foreach (PackageResult package in run.Packages)
        {
            count += package.Tests.Count + (package.Error is null ? 0 : 1);
        }
        Guid[] ids = new Guid[count];
        int row = 0;
        foreach (TrxEntry entry in Entries(run))
        {
            ids[row++] = guids.From(kind, entry.ClassName, entry.Name, entry.Occurrence);
        }
        return ids;
    }

    private static void WriteResult(XmlWriter xml, TestRun run, TrxEntry entry, string testId, string executionId, TrxWriterOptions options)
    {
        TestResult? test = entry.Test;
        DateTimeOffset start = test?.StartTime ?? run.StartTime;
        TimeSpan duration = test?.Duration ?? TimeSpan.Zero;
        DateTimeOffset end = test?.EndTime ?? start + duration;
        string outcome = test is null ? "Failed" : test.Outcome switch
        {
            TestOutcome.Passed => "Passed",
            TestOutcome.Failed => "Failed",
            _ => "NotExecuted",
        };

        xml.WriteStartElement("UnitTestResult", Namespace);
        xml.WriteAttributeString("executionId", executionId);
        xml.WriteAttributeString("testId", testId);
        xml.WriteSafeAttribute("testName", entry.Name);
        xml.WriteSafeAttribute("computerName", options.MachineName);
        xml.WriteAttributeString("duration", ReportText.TrxDuration(duration));
        xml.WriteAttributeString("startTime", ReportText.RoundTrip(start));
        xml.WriteAttributeString("endTime", ReportText.RoundTrip(end));
        xml.WriteAttributeString("testType", UnitTestType);
        xml.WriteAttributeString("outcome", outcome);
        xml.WriteAttributeString("testListId", ResultsNotInAListId);
        xml.WriteAttributeString("relativeResultsDirectory", executionId);

        string output = test?.Output ?? string.Empty;
        string? message = test is null ? entry.Error!.Message : test.Failure?.Message ?? test.SkipReason;
        string? stack = test is null ? ReportText.ErrorDetails(entry.Error!) : ReportText.FailureStackTrace(test);
        if (test?.BenchmarkResult is string benchmark)
        {
            output = benchmark + "\n" + output;
        }
        if (output.Length > 0 || message is not null)
        {
            xml.WriteStartElement("Output", Namespace);
            if (output.Length > 0)
            {
                xml.WriteStartElement("StdOut", Namespace);
                xml.WriteSafeString(output);
                xml.WriteEndElement();
            }
            if (message is not null)
            {
                xml.WriteStartElement("ErrorInfo", Namespace);
                xml.WriteStartElement("Message", Namespace);
                xml.WriteSafeString(message);
                xml.WriteEndElement();
                if (stack is not null)
                {
                    xml.WriteStartElement("StackTrace", Namespace);
                    xml.WriteSafeString(stack);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteTestList(XmlWriter xml, string name, string id)
    {
        xml.WriteStartElement("TestList", Namespace);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("id", id);
        xml.WriteEndElement();
    }

    private static void WriteSummary(XmlWriter xml, TestRun run)
    {
        TestTotals totals = run.Totals;
        xml.WriteStartElement("ResultSummary", Namespace);
        xml.WriteAttributeString("outcome", run.Succeeded ? "Completed" : "Failed");
        xml.WriteStartElement("Counters", Namespace);
        int failedRows = totals.Failed + totals.Errors;
        Counter(xml, "total", totals.Total);
        Counter(xml, "executed", totals.Passed + failedRows);
        Counter(xml, "passed", totals.Passed);
        Counter(xml, "failed", failedRows);
        foreach (string zero in new[] { "error", "timeout", "aborted", "inconclusive", "passedButRunAborted", "notRunnable" })
        {
            Counter(xml, zero, 0);
        }
        Counter(xml, "notExecuted", totals.Skipped);
        foreach (string zero in new[] { "disconnected", "warning" })
        {
            Counter(xml, zero, 0);
        }
        Counter(xml, "completed", totals.Total);
        Counter(xml, "inProgress", 0);
        Counter(xml, "pending", 0);
        xml.WriteEndElement();
        if (run.StandardError.Length > 0)
        {
            xml.WriteStartElement("Output", Namespace);
            xml.WriteStartElement("StdOut", Namespace);
            xml.WriteSafeString(run.StandardError);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Counter(XmlWriter xml, string name, int value) =>
        xml.WriteAttributeString(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private readonly record struct TrxEntry(string ClassName, string Name, int Occurrence, TestResult? Test, PackageError? Error);
}
