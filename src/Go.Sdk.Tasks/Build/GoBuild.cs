using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Runs <c>go build</c> for one target platform — one program into <see cref="OutputFile"/>, several commands into
/// <see cref="CommandsDirectory"/>, or a library's packages compiled and discarded (<see cref="CompileOnly"/>) — and reports
/// what Go printed (<see cref="GoBuildOutput"/>: messages that name a place become errors and warnings there; Go's
/// exit code alone decides success). With <see cref="Background"/> it only starts the build, for a later
/// <see cref="WaitForGoBuild"/> to finish and report the same way.
/// </summary>
public sealed class GoBuild : GoCommandTask
{
    private static readonly string[] BuildModes = { "exe", "pie", "c-shared", "c-archive", "plugin" };

    /// <summary>
    /// The file this build leaves: the program <c>go build -o</c> writes, or, with <see cref="CommandsDirectory"/>
    /// or <see cref="CompileOnly"/>, a stamp written after <c>go build</c> succeeded (the target's Outputs).
    /// </summary>
    [Required] public string OutputFile { get; set; } = "";

    /// <summary>Package paths or patterns, relative to <see cref="GoCommandTask.WorkingDirectory"/>.</summary>
    public string[] Packages { get; set; } = { "." };
    /// <summary>Build every main package of <see cref="Packages"/> into this folder, each named by Go after its folder.</summary>
    public string? CommandsDirectory { get; set; }
    /// <summary>Compile <see cref="Packages"/> and write no binary (<c>-o /dev/null</c>): a library's build.</summary>
    public bool CompileOnly { get; set; }
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
        var stampFile = WritesStamp ? OutputFile : null;
        if (Background)
        {
            BackgroundGoBuild.Start((IBuildEngine4)BuildEngine, OutputFile, process, stampFile);
            StartedInBackground = true;
            return;
        }
        var output = new GoBuildOutput(Log, WorkingDirectory, string.Join(" ", Packages), BuildMode);
        int exitCode = ProcessRunner.Run(process, output.Report, output.Report, CancellationToken);
        output.ReportExit(exitCode, stampFile);
    }

    private bool WritesStamp => CompileOnly || !string.IsNullOrEmpty(CommandsDirectory);

    internal List<string> BuildArguments()
    {
        var args = new List<string> { "build", "-o" };
        if (CompileOnly)
        {
            // cmd/go's own special case: -o with the null device compiles every package and writes nothing,
            // even when the packages include a single main package (which it would otherwise link into the folder).
            args.Add(Path.DirectorySeparatorChar == '\\' ? "NUL" : "/dev/null");
        }
        else
        {
            bool commands = !string.IsNullOrEmpty(CommandsDirectory);
            // A trailing separator makes -o a folder for every main package.
            args.Add(commands ? Path.GetFullPath(CommandsDirectory!).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar : OutputFile);
            // An explicit -buildmode=exe with -o allows one main package only (cmd/go, golang/go#20017); exe is
            // the default for main packages anyway.
            if (!commands || BuildMode != "exe")
            {
                args.Add("-buildmode=" + BuildMode);
            }
        }
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
        args.AddRange(Packages.Length == 0 ? new[] { "." } : Packages);
        return args;
    }
}
