using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// What <c>go build</c> printed, reported to MSBuild once: compiler, cgo and linker messages that name a place become
/// errors and warnings at that file, line and column as they arrive; Go's other lines are held until it exits, then
/// shown as messages when it succeeded, or carried by the one error that reports its failure — never both, so a
/// failed build shows each of Go's lines once. Go's exit code alone decides success. A failure that names no file
/// also says what it usually means (<see cref="Messages.GoBuildFailureHint"/>).
/// Lines may arrive on the stdout and stderr threads at once; they are reported one at a time, in order.
/// </summary>
internal sealed class GoBuildOutput
{
    // The most lines an error carries; earlier ones are logged as messages before it.
    private const int ErrorLines = 60;

    private readonly TaskLoggingHelper _log;
    private readonly string _workingDirectory;
    private readonly string _packages;
    private readonly string _buildMode;
    private readonly List<string> _unlocated = new();
    private readonly object _order = new();

    /// <param name="packages">The packages built, as GoPackage names them, for the hint.</param>
    public GoBuildOutput(TaskLoggingHelper log, string workingDirectory, string packages, string buildMode)
    {
        _log = log;
        _workingDirectory = workingDirectory;
        _packages = packages;
        _buildMode = buildMode;
    }

    public void Report(string line)
    {
        lock (_order)
        {
            if (CompilerOutputParser.Parse(line, _workingDirectory) is { } message)
            {
                ReportCompilerMessage(message);
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                // "# example.com/m/pkg" only introduces the located lines that follow.
                _log.LogMessage(MessageImportance.Low, "{0}", line);
            }
            else if (line.Length > 0)
            {
                _unlocated.Add(line);
            }
        }
    }

    /// <summary>After the last line: a non-zero exit code is the build's failure; success writes <paramref name="stampFile"/> when given.</summary>
    public void ReportExit(int exitCode, string? stampFile = null)
    {
        lock (_order)
        {
            if (exitCode == 0)
            {
                foreach (var line in _unlocated)
                {
                    _log.LogMessage(MessageImportance.High, "{0}", line);
                }
                if (stampFile is not null)
                {
                    File.WriteAllText(stampFile, "");
                }
                return;
            }
            int first = Math.Max(0, _unlocated.Count - ErrorLines);
            for (int i = 0; i < first; i++)
            {
                _log.LogMessage(MessageImportance.Normal, "{0}", _unlocated[i]);
            }
            var lines = _unlocated.Skip(first).ToList();
            var failed = Messages.GoCommandFailed("go build", exitCode);
            var text = new StringBuilder(failed.Message);
            if (lines.Count == 1)
            {
                text.Append(' ').Append(lines[0].TrimEnd('.')).Append('.');
            }
            else if (lines.Count > 1)
            {
                text.Append(Environment.NewLine).Append(string.Join(Environment.NewLine, lines));
            }
            if (Messages.GoBuildFailureHint(string.Join("\n", lines), _packages, _buildMode) is { } hint)
            {
                text.Append(lines.Count > 1 ? Environment.NewLine : " ").Append(hint);
            }
            _log.LogError(null, failed.Code, null, failed.File, failed.Line, failed.Column, 0, 0, text.ToString());
        }
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
