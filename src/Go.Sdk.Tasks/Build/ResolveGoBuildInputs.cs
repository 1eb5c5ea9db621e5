using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The files a <c>go build</c> of <see cref="Packages"/> reads, for the build target's Inputs and Visual Studio's
/// fast up-to-date check: Go, cgo, assembly, syso and embedded files of every local package it imports, go.mod,
/// go.sum, go.work, vendor/modules.txt. Found with <c>go list -deps -json</c>, which runs only when
/// <see cref="BuildInputCache"/> cannot vouch for the last answer, so a build with nothing changed starts no
/// <c>go</c> process. When <c>go list</c> fails, <see cref="FallbackInputs"/> are used and nothing is cached:
/// <c>go build</c> then reports the problem itself.
/// </summary>
public sealed class ResolveGoBuildInputs : GoCommandTask
{
    [Required] public string CacheFile { get; set; } = "";

    /// <summary>The hash of every build setting; a different key means listing again.</summary>
    [Required] public string SettingsKey { get; set; } = "";

    /// <summary>The packages built: paths or patterns (<c>./...</c>), as <c>go build</c> gets them.</summary>
    public string[] Packages { get; set; } = { "." };
    /// <summary>Build tags, separated by <c>;</c> or <c>,</c>.</summary>
    public string? Tags { get; set; }
    public string? ModMode { get; set; }

    /// <summary>Entries never counted in a folder's listing: the project's bin/ and obj/.</summary>
    public string[] IgnoredPaths { get; set; } = Array.Empty<string>();

    /// <summary>Used when the set cannot be listed: every .go file of the project and the module files.</summary>
    public ITaskItem[] FallbackInputs { get; set; } = Array.Empty<ITaskItem>();

    [Output] public ITaskItem[] InputFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Whether <c>go list</c> ran.</summary>
    [Output] public bool Listed { get; set; }

    protected override void ExecuteCore()
    {
        var ignored = new HashSet<string>(IgnoredPaths.Select(p => Path.GetFullPath(p).TrimEnd('/', '\\')), StringComparer.Ordinal);
        var cached = BuildInputCache.TryRead(CacheFile, SettingsKey, ignored, out var staleReason);
        if (cached is not null)
        {
            InputFiles = ToItems(cached);
            return;
        }
        Log.LogMessage(MessageImportance.Low, "Listing the build's inputs with go list: {0}.", staleReason);
        Listed = true;
        var listedAt = DateTime.UtcNow;
        var output = new StringBuilder();
        var errors = new StringBuilder();
        int exitCode = RunGo(ListArguments(), line => output.Append(line).Append('\n'), line => errors.Append(line).Append('\n'));
        var packages = exitCode == 0 ? GoListReader.Read(output.ToString(), WorkingDirectory) : Array.Empty<GoListPackage>();
        var broken = packages.FirstOrDefault(p => p.Error is not null);
        if (exitCode != 0 || broken is not null)
        {
            // go build will say what is wrong; until it is fixed, every .go file of the project counts.
            Log.LogMessage(MessageImportance.Low, "go list could not list the build's inputs ({0}); using the project's Go files.",
                broken?.Error ?? errors.ToString().Trim());
            File.Delete(CacheFile);
            InputFiles = FallbackInputs;
            return;
        }
        var inputs = BuildInputs.From(packages, Path.GetFullPath(WorkingDirectory), GoWork(), File.Exists);
        BuildInputCache.Write(CacheFile, SettingsKey, listedAt, inputs, ignored);
        InputFiles = ToItems(inputs.Files);
    }

    internal List<string> ListArguments()
    {
        var args = new List<string> { "list", "-e", "-deps", "-json=" + string.Join(",", GoListReader.Fields) };
        args.AddRange(GoBuildArguments.Common(Tags, ModMode));
        args.AddRange(Packages.Length == 0 ? new[] { "." } : Packages);
        return args;
    }

    private string? GoWork() =>
        EnvironmentVariables.Where(v => v.StartsWith("GOWORK=", StringComparison.Ordinal)).Select(v => v.Substring("GOWORK=".Length)).LastOrDefault();

    internal static ITaskItem[] ToItems(IEnumerable<string> files) => files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
}
