using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Runs <c>go build</c> for one package and one target platform, writing <see cref="OutputFile"/>, and reports
/// what Go printed (<see cref="GoBuildOutput"/>: messages that name a place become errors and warnings there; Go's
/// exit code alone decides success). With <see cref="Background"/> it only starts the build, for a later
/// <see cref="WaitForGoBuild"/> to finish and report the same way.
/// </summary>
public sealed class GoBuild : GoCommandTask
{
    private static readonly string[] BuildModes = { "exe", "pie", "c-shared", "c-archive", "plugin" };

    [Required] public string OutputFile { get; set; } = "";

    public string Package { get; set; } = ".";
    public string BuildMode { get; set; } = "exe";
    /// <summary>Build tags, separated by <c>;</c> or <c>,</c>.</summary>
    public string? Tags { get; set; }
    public string? LdFlags { get; set; }
    public string? GcFlags { get; set; }
    /// <summary>Further <c>go build</c> flags, split like GOFLAGS.</summary>
    public string? BuildFlags { get; set; }
    /// <summary><c>-mod</c> value (readonly, vendor, mod), or empty to leave it to Go.</summary>
    public string? ModMode { get; set; }
    public bool Reproducible { get; set; } = true;
    public bool StripSymbols { get; set; }
    /// <summary><c>-X</c> stamping: item spec = <c>importpath.name</c>, metadata <c>Value</c>.</summary>
    public ITaskItem[] LinkerVariables { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>Flags for the external (C) linker, merged into <c>-extldflags</c>.</summary>
    public string[] ExternalLinkerFlags { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Start <c>go build</c> and return at once; a later <see cref="WaitForGoBuild"/> for the same
    /// <see cref="OutputFile"/>, in the same MSBuild process, finishes it. A matrix's inner builds do this.
    /// </summary>
    public bool Background { get; set; }
    /// <summary>True when the build was started in the background and still has to be waited for.</summary>
    [Output] public bool StartedInBackground { get; private set; }

    protected override void ExecuteCore()
    {
        if (!BuildModes.Contains(BuildMode))
        {
            throw new GoSdkException(Messages.UnknownBuildMode(BuildMode));
        }
        var process = GoProcess(BuildArguments());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        if (Background)
        {
            BackgroundGoBuild.Start((IBuildEngine4)BuildEngine, OutputFile, process);
            StartedInBackground = true;
            return;
        }
        var output = new GoBuildOutput(Log, WorkingDirectory);
        int exitCode = ProcessRunner.Run(process, output.Report, output.Report, CancellationToken);
        output.ReportExit(exitCode);
    }

    internal List<string> BuildArguments()
    {
        var args = new List<string> { "build", "-o", OutputFile, "-buildmode=" + BuildMode };
        args.AddRange(GoBuildArguments.Reproducibility(Reproducible));
        args.AddRange(GoBuildArguments.Common(Tags, ModMode));
        args.AddRange(GoBuildArguments.CompilerFlags(GcFlags));
        IReadOnlyList<string> ldflags;
        try
        {
            ldflags = LinkerFlags.Compose(
                LdFlags, Reproducible, StripSymbols,
                LinkerVariables.Select(v => new KeyValuePair<string, string>(v.ItemSpec, v.GetMetadata("Value"))),
                ExternalLinkerFlags,
                LogWarning);
        }
        catch (FormatException e)
        {
            throw new GoSdkException(Messages.GoLdFlagsUnreadable(LdFlags ?? "", e.Message));
        }
        if (ldflags.Count > 0)
        {
            args.Add("-ldflags=" + CommandLine.JoinForGo(ldflags));
        }
        args.AddRange(CommandLine.Split(BuildFlags));
        args.Add(string.IsNullOrEmpty(Package) ? "." : Package);
        return args;
    }
}
