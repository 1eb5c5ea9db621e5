using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Execution;
using Go.Sdk.Tasks.Toolchain.Trust;
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
/// <remarks>
/// <see cref="InputsHash"/> is what the build's up-to-date check compares, rather than timestamps alone: it
/// changes when a file joins or leaves the set, when any file's contents change whatever its write time, and when
/// a setting or an environment variable Go reads for a build (<see cref="BuildEnvironment"/>) does.
/// </remarks>
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

    /// <summary>GOOS of the build, which picks Go's default C compiler.</summary>
    public string TargetOS { get; set; } = "";

    [Output] public ITaskItem[] InputFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The hash of the settings, the environment, the folder and every input's path and contents: equal to the last
    /// build's only when that build read exactly these bytes with exactly these settings.
    /// </summary>
    [Output] public string InputsHash { get; set; } = "";

    /// <summary>Whether <c>go list</c> ran.</summary>
    [Output] public bool Listed { get; set; }

    protected override void ExecuteCore()
    {
        var key = BuildKey();
        var ignored = new HashSet<string>(IgnoredPaths.Select(p => Path.GetFullPath(p).TrimEnd('/', '\\')), StringComparer.Ordinal);
        var inputs = BuildInputCache.TryRead(CacheFile, key, ignored, out var staleReason) ?? List(key, ignored, staleReason);
        InputFiles = ToItems(inputs.Select(f => f.Path));
        InputsHash = HashOf(key, inputs);
    }

    private IReadOnlyList<InputFile> List(string key, ICollection<string> ignored, string staleReason)
    {
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
            // go build will say what is wrong; until it is fixed, every .go file of the project counts, and the
            // build is never skipped: the hash of unknown contents is never the last one.
            Log.LogMessage(MessageImportance.Low, "go list could not list the build's inputs ({0}); using the project's Go files.",
                broken?.Error ?? errors.ToString().Trim());
            File.Delete(CacheFile);
            return FallbackInputs.Select(i => new InputFile(i.GetMetadata("FullPath"), null)).ToList();
        }
        var listed = BuildInputs.From(packages, Path.GetFullPath(WorkingDirectory), GoWork(), File.Exists)
            .WithPatternFolders(PatternRoots(), ignored);
        return BuildInputCache.Write(CacheFile, key, listedAt, listed, ignored);
    }

    // The settings, the module folder (a cache copied from another checkout names that checkout's files) and the
    // environment Go reads: the key under which the cached list is valid.
    private string BuildKey()
    {
        var environment = BuildEnvironment.Describe(
            EnvironmentVariables,
            Environment.GetEnvironmentVariable,
            Environment.GetEnvironmentVariables().Keys.Cast<string>(),
            GoRoot,
            TargetOS);
        return Hash(SettingsKey + "\n" + Path.GetFullPath(WorkingDirectory) + "\n" + environment);
    }

    internal static string HashOf(string key, IEnumerable<InputFile> inputs)
    {
        var text = new StringBuilder(key).Append('\n');
        foreach (var input in inputs)
        {
            // Contents that could not be read: build, and build again next time.
            text.Append(input.ContentHash ?? "unknown:" + Guid.NewGuid().ToString("N")).Append(' ').Append(input.Path).Append('\n');
        }
        return Hash(text.ToString());
    }

    private static string Hash(string text) => Sha256Hash.ToHex(Sha256Hash.Digest(Encoding.UTF8.GetBytes(text)));

    // The folders below which a relative `...` pattern (./..., ./cmd/...) matches packages.
    private IEnumerable<string> PatternRoots()
    {
        foreach (var pattern in Packages)
        {
            int wildcard = pattern.IndexOf("...", StringComparison.Ordinal);
            if (wildcard >= 0 && pattern.StartsWith(".", StringComparison.Ordinal))
            {
                var prefix = pattern.Substring(0, wildcard);
                var folder = prefix.Substring(0, Math.Max(prefix.LastIndexOf('/'), 0));
                yield return Path.GetFullPath(Path.Combine(WorkingDirectory, folder.Length == 0 ? "." : folder)).TrimEnd('/', '\\');
            }
        }
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
