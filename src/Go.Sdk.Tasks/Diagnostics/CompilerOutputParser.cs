using System.IO;
using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Diagnostics;

/// <summary>
/// Recognises the located lines in the output of <c>go build</c>, <c>go vet</c> and cgo's C compiler —
/// <c>./main.go:5:2: undefined: x</c>, <c>main.go:5: msg</c>, <c>x.c:3:1: warning: msg</c> — and makes their
/// paths absolute, so that MSBuild, the terminal logger and IDEs can link them. Go prints paths relative to the
/// directory it ran in, which is what <paramref name="workingDirectory"/> must be.
/// </summary>
public static class CompilerOutputParser
{
    // Windows paths start with a drive letter and colon, so the path part may contain one colon at index 1.
    private static readonly Regex Located = new(
        @"^(?:vet: )?(?<file>(?:[A-Za-z]:)?[^:\r\n]+\.[A-Za-z0-9]+):(?<line>\d+)(?::(?<col>\d+))?: (?:(?<severity>error|warning|note|fatal error): )?(?<msg>.*)$",
        RegexOptions.CultureInvariant);

    public static CompilerMessage? Parse(string line, string workingDirectory)
    {
        var m = Located.Match(line.TrimEnd());
        if (!m.Success)
        {
            return null;
        }
        var file = m.Groups["file"].Value.Trim();
        var severity = m.Groups["severity"].Value switch
        {
            "warning" => CompilerSeverity.Warning,
            "note" => CompilerSeverity.Note,
            _ => CompilerSeverity.Error,
        };
        return new CompilerMessage(
            Path.GetFullPath(Path.Combine(workingDirectory, file)),
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            severity,
            m.Groups["msg"].Value);
    }
}

public enum CompilerSeverity
{
    Error,
    Warning,
    Note,
}

public sealed record CompilerMessage(string File, int Line, int Column, CompilerSeverity Severity, string Message);
