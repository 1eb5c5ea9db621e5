using System.Collections;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Tests;

/// <summary>
/// The least of MSBuild a task needs to run in-process: it records what the task logs, with each message's
/// importance. Thread-safe, since tasks that run processes log from their output threads.
/// </summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildMessageEventArgs> Messages { get; } = new();
    public List<BuildWarningEventArgs> Warnings { get; } = new();
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "test.goproj";

    /// <summary>Everything logged, one line each, for failure output and "never logged" checks.</summary>
    public string AllText
    {
        get
        {
            lock (Messages) lock (Warnings) lock (Errors)
            {
                return string.Join("\n", Messages.Select(m => m.Message)
                    .Concat(Warnings.Select(w => $"warning {w.Code}: {w.Message}"))
                    .Concat(Errors.Select(e => $"error {e.Code}: {e.Message}")));
            }
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e) { lock (Messages) Messages.Add(e); }
    public void LogWarningEvent(BuildWarningEventArgs e) { lock (Warnings) Warnings.Add(e); }
    public void LogErrorEvent(BuildErrorEventArgs e) { lock (Errors) Errors.Add(e); }
    public void LogCustomEvent(CustomBuildEventArgs e) { }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new InvalidOperationException("The tasks under test build no projects.");
}
