using System;
using System.Collections.Generic;
using Go.Sdk.Tasks.Toolchain.Installation;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Where a toolchain may come from, in order. Without <c>GoToolchainProxy</c> that is the archive mirror alone.
/// With it, the proxy list is read like GOPROXY: entries separated by <c>,</c> (try the next entry only when this
/// one does not have the toolchain: 404 or 410) or <c>|</c> (try the next entry after any failure); <c>direct</c>
/// stands for the archive mirror, and <c>off</c> ends the list, forbidding anything after it.
/// </summary>
public sealed class ToolchainSources
{
    public const string DefaultMirror = "https://go.dev/dl/";
    private const string ModuleDownloadPath = ArchiveName.ToolchainModulePath + "/@v/";

    private ToolchainSources(IReadOnlyList<SourceCandidate> candidates, bool endsWithOff)
    {
        Candidates = candidates;
        EndsWithOff = endsWithOff;
    }

    public IReadOnlyList<SourceCandidate> Candidates { get; }

    /// <summary>The proxy list reached <c>off</c>: when no candidate before it served the toolchain, downloading is forbidden.</summary>
    public bool EndsWithOff { get; }

    public static ToolchainSources Create(ArchiveName toolchain, string? mirror, string? proxy)
    {
        var mirrorBase = SourceLocation.ParseBase("GoToolchainMirror", string.IsNullOrWhiteSpace(mirror) ? DefaultMirror : mirror!);
        var archive = new Uri(mirrorBase, toolchain.ArchiveFileName);
        if (string.IsNullOrWhiteSpace(proxy))
        {
            return new ToolchainSources(new[] { new SourceCandidate(archive, PackageShape.Archive, false) }, false);
        }

        var candidates = new List<SourceCandidate>();
        var zip = ModuleDownloadPath + toolchain.ModuleVersion + ".zip";
        foreach (var (entry, fallBackOnAnyError) in Split(proxy!))
        {
            switch (entry)
            {
                case "off":
                    return new ToolchainSources(candidates, true);
                case "direct":
                    candidates.Add(new SourceCandidate(archive, PackageShape.Archive, fallBackOnAnyError));
                    break;
                default:
                    candidates.Add(new SourceCandidate(new Uri(SourceLocation.ParseBase("GoToolchainProxy", entry), zip), PackageShape.ModuleZip, fallBackOnAnyError));
                    break;
            }
        }
        return new ToolchainSources(candidates, false);
    }

    /// <summary>Each non-empty entry with whether the separator after it is <c>|</c>.</summary>
    private static IEnumerable<(string Entry, bool FallBackOnAnyError)> Split(string list)
    {
        int start = 0;
        for (int i = 0; i <= list.Length; i++)
        {
            if (i < list.Length && list[i] != ',' && list[i] != '|')
            {
                continue;
            }
            var entry = list.Substring(start, i - start).Trim();
            if (entry.Length > 0)
            {
                yield return (entry, i < list.Length && list[i] == '|');
            }
            start = i + 1;
        }
    }
}
