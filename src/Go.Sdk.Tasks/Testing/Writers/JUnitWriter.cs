using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>
/// Writes a <see cref="TestRun"/> as JUnit XML in the shape Jenkins, GitLab and Azure DevOps (JUnit) read:
/// <c>testsuites</c> with one <c>testsuite</c> per package (<c>tests/failures/errors/skipped/time/timestamp</c>),
/// one <c>testcase</c> per test with <c>classname</c> = import path and <c>name</c> = Go test name (subtests included,
/// each once), <c>failure</c> (message + output), <c>skipped</c>, <c>system-out</c>. A package error is an
/// <c>error</c> test case named like <c>[build failed]</c>; run errors get a suite of their own named <c>go test</c>.
/// </summary>
public static class JUnitWriter
{
    public static void WriteFile(TestRun run, string path, JUnitWriterOptions options) =>
        ReportText.WriteFile(path, stream => Write(run, stream, options));

    public static void Write(TestRun run, Stream stream, JUnitWriterOptions options)
    {
        using XmlWriter xml = ReportText.CreateXmlWriter(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        TestTotals totals = run.Totals;
        Counts(xml, totals.Total, totals.Failed, totals.Errors, totals.Skipped);
        xml.WriteAttributeString("time", ReportText.Seconds(run.Duration));

        int id = 0;
        foreach (PackageResult package in run.Packages)
        {
            WriteSuite(xml, id++, package.ImportPath, package.StartTime ?? run.StartTime, package.Duration, package.Totals,
                package.Tests, package.Error is null ? Array.Empty<PackageError>() : new[] { package.Error }, package.Output, options);
        }
        if (run.Errors.Count > 0)
        {
            WriteSuite(xml, id, ReportText.GoCommandClassName, run.StartTime, run.Duration, new TestTotals(0, 0, 0, run.Errors.Count),
                Array.Empty<TestResult>(), run.Errors, run.StandardError, options);
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(
        XmlWriter xml,
        int id,
        string name,
        DateTimeOffset timestamp,
        TimeSpan duration,
        TestTotals totals,
        IReadOnlyList<TestResult> tests,
        IReadOnlyList<PackageError> errors,
        string output,
        JUnitWriterOptions options)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteSafeAttribute("name", name);
        Counts(xml, totals.Total, totals.Failed, totals.Errors, totals.Skipped);
        xml.WriteAttributeString("time", ReportText.Seconds(duration));
        xml.WriteAttributeString("timestamp", timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteSafeAttribute("hostname", options.HostName);
        xml.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));
        xml.WriteSafeAttribute("package", name);

        foreach (TestResult test in tests)
        {
            WriteTestCase(xml, name, test);
        }
        foreach (PackageError error in errors)
        {
            xml.WriteStartElement("testcase");
            xml.WriteSafeAttribute("classname", name);
            xml.WriteSafeAttribute("name", ReportText.ErrorTestName(error));
            xml.WriteAttributeString("time", ReportText.Seconds(TimeSpan.Zero));
            Element(xml, "error", error.Message, error.Kind.ToString(), ReportText.ErrorDetails(error));
            xml.WriteEndElement();
        }
        if (output.Length > 0)
        {
            xml.WriteStartElement("system-out");
            xml.WriteSafeString(output);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteTestCase(XmlWriter xml, string className, TestResult test)
    {
        xml.WriteStartElement("testcase");
        xml.WriteSafeAttribute("classname", className);
        xml.WriteSafeAttribute("name", test.Name);
        xml.WriteAttributeString("time", ReportText.Seconds(test.Duration));
        if (test.Outcome == TestOutcome.Failed && test.Failure is TestFailure failure)
        {
            string text = ReportText.FailureStackTrace(test) is string stack ? failure.Message + "\n" + stack : failure.Message;
            Element(xml, "failure", FirstLine(failure.Message), "Failure", text);
        }
        else if (test.Outcome == TestOutcome.Skipped)
        {
            xml.WriteStartElement("skipped");
            if (test.SkipReason is not null)
            {
                xml.WriteSafeAttribute("message", test.SkipReason);
            }
            xml.WriteEndElement();
        }
        string output = test.BenchmarkResult is string benchmark ? benchmark + "\n" + test.Output : test.Output;
        if (output.Length > 0)
        {
            xml.WriteStartElement("system-out");
            xml.WriteSafeString(output);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string element, string message, string type, string text)
    {
        xml.WriteStartElement(element);
        xml.WriteSafeAttribute("message", message);
        xml.WriteAttributeString("type", type);
        xml.WriteSafeString(text);
        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, int tests, int failures, int errors, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
    }

    private static string FirstLine(string text)
    {
        int newline = text.IndexOf('\n');
        return newline < 0 ? text : text.Substring(0, newline);
    }
}
