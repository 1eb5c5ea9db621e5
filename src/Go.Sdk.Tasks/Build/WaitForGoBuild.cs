using System.Collections.Generic;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Finishes a <c>go build</c> that <see cref="GoBuild"/> started in the background: waits for it, then reports
/// its output and exit code exactly as a <see cref="GoBuild"/> that waited itself would. While it waits, the
/// MSBuild node is free for other projects.
/// </summary>
public sealed class WaitForGoBuild : GoSdkTask
{
    /// <summary>The <see cref="GoBuild.OutputFile"/> of the started build.</summary>
    [Required] public string OutputFile { get; set; } = "";
    /// <summary>The build's working directory, against which Go's relative file names are resolved.</summary>
    [Required] public string WorkingDirectory { get; set; } = "";
    /// <summary>The build's packages and mode, for the hint on a failure that names no file.</summary>
    public string[] Packages { get; set; } = { "." };
    public string BuildMode { get; set; } = "exe";

    protected override void ExecuteCore()
    {
        var engine = (IBuildEngine4)BuildEngine;
        using var build = BackgroundGoBuild.Take(engine, OutputFile)
            ?? throw new GoSdkException(Messages.BackgroundBuildNotFound(OutputFile));
        engine.Yield();
        int exitCode;
        IReadOnlyCollection<string> lines;
        try
        {
            (exitCode, lines) = build.Wait(CancellationToken);
        }
        finally
        {
            engine.Reacquire();
        }
        var output = new GoBuildOutput(Log, WorkingDirectory, string.Join(" ", Packages), BuildMode);
        foreach (var line in lines)
        {
            output.Report(line);
        }
        output.ReportExit(exitCode, build.StampFile);
    }
}
