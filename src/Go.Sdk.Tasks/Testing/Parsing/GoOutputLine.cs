using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing.Parsing;

/// <summary>
/// Recognizes the lines Go's testing package and the go command print: framing (<c>=== RUN</c>, <c>--- FAIL:</c>),
/// <c>t.Log</c>/<c>t.Error</c> lines (<c>    x_test.go:12: message</c>), panics and their stack frames, the timeout
/// panic, benchmark results, build headers (<c># pkg</c>), compiler messages and package summaries.
/// Cheap character tests run before each regular expression because every output line of a run passes here.
/// </summary>
internal static class GoOutputLine
{
    private const string TimeoutPrefix = "panic: test timed out after ";

    private static readonly Regex StackFrame = new(@"^\t(.+\.go):(\d+)(?: \+0x[0-9a-f]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex CompilerMessage = new(@"^(.+?\.(?:go|s|c|h|mod)):(\d+)(?::(\d+))?: (.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex BenchmarkResult = new(@"^Benchmark\S*\s+\d+\s+.*\bns/op\b", RegexOptions.CultureInvariant);
    private static readonly Regex PackageFailure = new(@"^FAIL\t(\S+) \[(build|setup) failed\]$", RegexOptions.CultureInvariant);

    private static readonly string[] FramingPrefixes =
    {
        "=== RUN ", "=== PAUSE ", "=== CONT ", "=== NAME ", "--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: ",
    };

    /// <summary>Go's own progress and verdict lines, which a report repeats in its own way.</summary>
    public static bool IsFraming(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }
        if (i == line.Length || (line[i] != '=' && line[i] != '-'))
        {
            return false;
        }
        foreach (string prefix in FramingPrefixes)
        {
            if (string.CompareOrdinal(line, i, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A <c>t.Log</c>, <c>t.Error</c>, <c>t.Fatal</c> or <c>t.Skip</c> line: indentation, file:line, message.</summary>
    /// <remarks>Hand-written rather than a regular expression: a third of a big run's output lines pass here.</remarks>
    public static bool TryParseLogEntry(string line, out int indent, out SourceLocation location, out string message)
    {
        indent = Indentation(line);
        location = null!;
        message = string.Empty;
        int goColon = indent > 0 ? line.IndexOf(".go:", indent, StringComparison.Ordinal) : -1;
        if (goColon < 0)
        {
            return false;
        }
        for (int i = indent; i < goColon; i++)
        {
            if (line[i] is ' ' or '\t' or ':')
            {
                return false;
            }
        }
        int digits = goColon + 4;
        int end = digits;
        while (end < line.Length && line[end] >= '0' && line[end] <= '9')
        {
            end++;
        }
        if (end == digits || end >= line.Length || line[end] != ':')
        {
            return false;
        }
        location = new SourceLocation(line.Substring(indent, goColon + 3 - indent), ParseInt(line.Substring(digits, end - digits)));
        int text = end + 1 < line.Length && line[end + 1] == ' ' ? end + 2 : end + 1;
        message = line.Substring(text);
        return true;
    }

    /// <summary>The width of a line's leading blanks, to tell a multi-line message's continuation lines.</summary>
    public static int Indentation(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }
        return i;
    }

    public static bool IsPanic(string line) => line.StartsWith("panic: ", StringComparison.Ordinal);

    /// <summary><c>panic: test timed out after 1s</c> → <c>1s</c>.</summary>
    public static bool TryParseTimeout(string line, out string after)
    {
        if (line.StartsWith(TimeoutPrefix, StringComparison.Ordinal))
        {
            after = line.Substring(TimeoutPrefix.Length).Trim();
            return true;
        }
        after = string.Empty;
        return false;
    }

    /// <summary>A goroutine stack frame's place: <c>\t/src/x_test.go:12 +0x1d</c>.</summary>
    public static bool TryParseStackFrame(string line, out SourceLocation location)
    {
        if (line.Length > 0 && line[0] == '\t' && line.IndexOf(".go:", StringComparison.Ordinal) > 0)
        {
            Match match = StackFrame.Match(line);
            if (match.Success)
            {
                location = new SourceLocation(match.Groups[1].Value, ParseInt(match.Groups[2].Value));
                return true;
            }
        }
        location = null!;
        return false;
    }

    /// <summary>A compiler or vet message: <c>pkg/x_test.go:5:28: undefined: foo</c>.</summary>
    public static BuildMessage ParseBuildMessage(string line)
    {
        Match match = CompilerMessage.Match(line);
        if (!match.Success)
        {
            return new BuildMessage(line, null);
        }
        SourceLocation location = new(
            match.Groups[1].Value,
            ParseInt(match.Groups[2].Value),
            match.Groups[3].Success ? ParseInt(match.Groups[3].Value) : 0);
        return new BuildMessage(match.Groups[4].Value, location);
    }

    public static bool IsBenchmarkResult(string line) =>
        line.StartsWith("Benchmark", StringComparison.Ordinal) && BenchmarkResult.IsMatch(line);

    /// <summary><c># example.com/m/pkg [example.com/m/pkg.test]</c> → the text after <c># </c>.</summary>
    public static bool TryParseBuildHeader(string line, out string importPath)
    {
        if (line.StartsWith("# ", StringComparison.Ordinal))
        {
            importPath = line.Substring(2).Trim();
            return importPath.Length > 0;
        }
        importPath = string.Empty;
        return false;
    }

    /// <summary><c>FAIL\tpkg [build failed]</c> (also <c>[setup failed]</c>) → <c>pkg</c>.</summary>
    public static bool TryParseBuildFailure(string line, out string package)
    {
        if (line.StartsWith("FAIL\t", StringComparison.Ordinal))
        {
            Match match = PackageFailure.Match(line.TrimEnd());
            if (match.Success)
            {
                package = match.Groups[1].Value;
                return true;
            }
        }
        package = string.Empty;
        return false;
    }

    public static bool IsNoTestFiles(string line) => line.EndsWith("[no test files]", StringComparison.Ordinal);

    /// <summary><c>example.com/m/pkg [example.com/m/pkg.test]</c> → <c>example.com/m/pkg</c>.</summary>
    public static string StripBuildVariant(string importPath)
    {
        int bracket = importPath.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? importPath : importPath.Substring(0, bracket);
    }

    private static int ParseInt(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0;
}
