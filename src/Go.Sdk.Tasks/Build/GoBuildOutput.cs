using System;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// What <c>go build</c> printed, reported to MSBuild: compiler, cgo and linker messages that name a place become
/// errors and warnings at that file, line and column; other lines are shown as they are. Go's exit code alone
/// decides success, and a failure with no located message carries Go's last lines as its explanation.
/// Lines may arrive on the stdout and stderr threads at once; they are reported one at a time, in order.
/// </summary>
internal sealed class GoBuildOutput
{
    private readonly TaskLoggingHelper _log;
    private readonly string _workingDirectory;
    private readonly BoundedLines _unlocated = new(capacity: 60);
    private readonly object _order = new();

    public GoBuildOutput(TaskLoggingHelper log, string workingDirectory)
    {
        _log = log;
        _workingDirectory = workingDirectory;
    }

    public void Report(string line)
    {
        lock (_order)
        {
            if (CompilerOutputParser.Parse(line, _workingDirectory) is { } message)
            {
                ReportCompilerMessage(message);
            }
            else if (line.Length > 0)
            {
                // "# example.com/m/pkg" only introduces the located lines that follow.
                if (!line.StartsWith("# ", StringComparison.Ordinal))
                {
                    _unlocated.Add(line);
                }
                _log.LogMessage(MessageImportance.High, "{0}", line);
            }
        }
    }

    /// <summary>After the last line: a non-zero exit code is the build's failure.</summary>
    public void ReportExit(int exitCode)
    {
        if (exitCode == 0)
        {
            return;
        }
        // Located errors already say what went wrong; otherwise Go's own last lines are the explanation.
        var failed = Messages.GoCommandFailed("go build", exitCode);
        var detail = _log.HasLoggedErrors || _unlocated.Count == 0 ? "" : Environment.NewLine + string.Join(Environment.NewLine, _unlocated);
        _log.LogError(null, failed.Code, null, failed.File, failed.Line, failed.Column, 0, 0, failed.Message + detail);
    }

    private void ReportCompilerMessage(CompilerMessage m)
    {
        switch (m.Severity)
        {
            case CompilerSeverity.Warning:
                _log.LogWarning(null, Messages.CompilerErrorCode, null, m.File, m.Line, m.Column, 0, 0, m.Message);
                break;
            case CompilerSeverity.Note:
                _log.LogMessage(MessageImportance.High, "{0}({1},{2}): note: {3}", m.File, m.Line, m.Column, m.Message);
                break;
            default:
                _log.LogError(null, Messages.CompilerErrorCode, null, m.File, m.Line, m.Column, 0, 0, m.Message);
                break;
        }
    }
}
