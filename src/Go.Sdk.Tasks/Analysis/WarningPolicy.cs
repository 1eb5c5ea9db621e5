using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>What becomes of a warning under the project's warning settings.</summary>
public enum WarningDisposition
{
    Warning,
    Error,
    /// <summary>Listed in NoWarn: logged as a low-importance message only.</summary>
    Suppressed,
}

/// <summary>
/// The project's <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and <c>TreatWarningsAsErrors</c>,
/// applied the way the C# compiler applies them to its own warnings: NoWarn wins, then a listed code is an error,
/// then TreatWarningsAsErrors makes every warning not in WarningsNotAsErrors one. MSBuild itself only maps the
/// lists (to MSBuildWarningsAsMessages and MSBuildWarningsAsErrors), not TreatWarningsAsErrors, so the tasks
/// that report analyzer warnings apply all four. Codes compare case-insensitively, as MSBuild compares them.
/// </summary>
public sealed class WarningPolicy
{
    private static readonly char[] Separators = { ';', ',' };

    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _asErrors;
    private readonly HashSet<string> _notAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public WarningPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
    {
        _noWarn = Codes(noWarn);
        _asErrors = Codes(warningsAsErrors);
        _notAsErrors = Codes(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    public WarningDisposition Classify(string code)
    {
        if (_noWarn.Contains(code))
        {
            return WarningDisposition.Suppressed;
        }
        if (_asErrors.Contains(code) || (_treatWarningsAsErrors && !_notAsErrors.Contains(code)))
        {
            return WarningDisposition.Error;
        }
        return WarningDisposition.Warning;
    }

    /// <summary>Logs <paramref name="warning"/> as a warning, an error or a low-importance message, as the settings say.</summary>
    public void Report(TaskLoggingHelper log, GoSdkDiagnostic warning)
    {
        var d = warning;
        switch (Classify(d.Code))
        {
            case WarningDisposition.Error:
                log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
            case WarningDisposition.Suppressed:
                log.LogMessage(MessageImportance.Low, "{0}({1},{2}): {3} (suppressed by NoWarn): {4}", d.File, d.Line, d.Column, d.Code, d.Message);
                break;
            default:
                log.LogWarning(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
        }
    }

    private static HashSet<string> Codes(string? list) =>
        new((list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0),
            StringComparer.OrdinalIgnoreCase);
}
