using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Runs <c>go build</c> for one package and one target platform, writing <see cref="OutputFile"/>. Compiler,
/// cgo and linker messages that name a place become MSBuild errors and warnings at that file, line and column;
/// other output is shown as is, and Go's exit code alone decides success.
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

    protected override void ExecuteCore()
    {
        if (!BuildModes.Contains(BuildMode))
        {
            throw new GoSdkException(Messages.UnknownBuildMode(BuildMode));
        }
        var arguments = BuildArguments();
        var unlocated = new BoundedLines(capacity: 60);
        var logLock = new object();
        // stdout and stderr arrive on two threads; one at a time keeps the log in order.
        void OnOutput(string line)
        {
            lock (logLock)
            {
                LogOutputLine(line, unlocated);
            }
        }


        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        int exitCode = RunGo(arguments, OnOutput, OnOutput);
        if (exitCode != 0)
        {
            // Located errors already say what went wrong; otherwise Go's own last lines are the explanation.
            var failed = Messages.GoCommandFailed("go build", exitCode);
            var detail = Log.HasLoggedErrors || unlocated.Count == 0 ? "" : Environment.NewLine + string.Join(Environment.NewLine, unlocated);
            LogError(failed with { Message = failed.Message + detail });
        }
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

    private void LogOutputLine(string line, BoundedLines unlocated)
    {
        if (CompilerOutputParser.Parse(line, WorkingDirectory) is { } message)
        {
            LogCompilerMessage(message);
        }
        else if (line.Length > 0)
        {
            // "# example.com/m/pkg" only introduces the located lines that follow.
            if (!line.StartsWith("# ", StringComparison.Ordinal))
            {
                unlocated.Add(line);
            }
            Log.LogMessage(MessageImportance.High, "{0}", line);
        }
    }

    private void LogCompilerMessage(CompilerMessage m)
    {
        switch (m.Severity)
        {
            case CompilerSeverity.Warning:
                Log.LogWarning(null, Messages.CompilerErrorCode, null, m.File, m.Line, m.Column, 0, 0, m.Message);
                break;
            case CompilerSeverity.Note:
                Log.LogMessage(MessageImportance.High, "{0}({1},{2}): note: {3}", m.File, m.Line, m.Column, m.Message);
                break;
            default:
                Log.LogError(null, Messages.CompilerErrorCode, null, m.File, m.Line, m.Column, 0, 0, m.Message);
                break;
        }
    }
}
