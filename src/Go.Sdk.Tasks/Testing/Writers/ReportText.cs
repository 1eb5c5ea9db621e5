using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>Names and number formats the report writers share, so TRX, JUnit and the console say the same things.</summary>
internal static class ReportText
{
    /// <summary>The class name of run errors, which belong to no package.</summary>
    public const string GoCommandClassName = "go test";

    /// <summary>
    /// The test name under which a package error appears in TRX and JUnit (which know no package-level failure):
    /// a bracketed name no Go test can have, e.g. <c>[build failed]</c>.
    /// </summary>
    public static string ErrorTestName(PackageError error) => error.Kind switch
    {
        PackageErrorKind.BuildFailed => "[build failed]",
        PackageErrorKind.Panic => "[panic outside tests]",
        PackageErrorKind.TimedOut => "[timed out]",
        PackageErrorKind.ExitedWithFailure => "[test binary failed]",
        PackageErrorKind.NoResult => "[no result]",
        _ => "[go test failed]",
    };

    public static string ErrorClassName(PackageError error) => error.Package.Length == 0 ? GoCommandClassName : error.Package;

    /// <summary>What a package error shows as its text: the details Go printed, or the compiler messages.</summary>
    public static string ErrorDetails(PackageError error) => error.Details ?? error.Message;

    /// <summary>A .NET-style stack line so CI tools show where a test failed: <c>at pkg.TestX in x_test.go:line 12</c>.</summary>
    public static string? FailureStackTrace(TestResult test)
    {
        TestFailure? failure = test.Failure;
        if (failure is null)
        {
            return null;
        }
        if (failure.StackTrace is not null)
        {
            return failure.StackTrace;
        }
        return failure.Location is null
            ? null
            : $"at {test.FullyQualifiedName} in {failure.Location.File}:line {failure.Location.Line.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>TRX's duration: <c>hh:mm:ss.fffffff</c>.</summary>
    public static string TrxDuration(TimeSpan duration)
    {
        long ticks = Math.Max(0, duration.Ticks);
        long totalSeconds = ticks / TimeSpan.TicksPerSecond;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0:00}:{1:00}:{2:00}.{3:0000000}",
            totalSeconds / 3600,
            totalSeconds / 60 % 60,
            totalSeconds % 60,
            ticks % TimeSpan.TicksPerSecond);
    }

    public static string RoundTrip(DateTimeOffset time) => time.ToString("o", CultureInfo.InvariantCulture);

    /// <summary>Creates the file (and its folder) and hands a buffered stream to <paramref name="write"/>.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        using FileStream stream = new(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        write(stream);
    }

    public static XmlWriter CreateXmlWriter(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Entitize keeps a test's CR characters (as &#xD;) and newlines inside attributes.
        NewLineHandling = NewLineHandling.Entitize,
        // Text is passed through XmlText.Sanitize first; checking again would only cost time.
        CheckCharacters = false,
    });

    public static void WriteSafeString(this XmlWriter writer, string text) => writer.WriteString(XmlText.Sanitize(text));

    public static void WriteSafeAttribute(this XmlWriter writer, string name, string value) =>
        writer.WriteAttributeString(name, XmlText.Sanitize(value));
}
