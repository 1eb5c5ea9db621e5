using System.Collections;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

/// <summary>An <see cref="IAcquisitionLog"/> that keeps everything, for assertions.</summary>
public sealed class RecordingAcquisitionLog : IAcquisitionLog
{
    public List<string> Progressed { get; } = new();
    public List<string> Details { get; } = new();
    public List<GoSdkDiagnostic> Warnings { get; } = new();

    public void Progress(string message) { lock (Progressed) Progressed.Add(message); }
    public void Detail(string message) { lock (Details) Details.Add(message); }
    public void Warning(GoSdkDiagnostic warning) { lock (Warnings) Warnings.Add(warning); }
}

/// <summary>A build engine that records what a task logs, with each message's importance.</summary>
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
    public string AllText => string.Join("\n",
        Messages.Select(m => m.Message).Concat(Warnings.Select(w => $"{w.Code}: {w.Message}")).Concat(Errors.Select(e => $"{e.Code}: {e.Message}")));

    public void LogMessageEvent(BuildMessageEventArgs e) { lock (Messages) Messages.Add(e); }
    public void LogWarningEvent(BuildWarningEventArgs e) { lock (Warnings) Warnings.Add(e); }
    public void LogErrorEvent(BuildErrorEventArgs e) { lock (Errors) Errors.Add(e); }
    public void LogCustomEvent(CustomBuildEventArgs e) { }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new InvalidOperationException("AcquireGoToolchain builds no projects.");
}
