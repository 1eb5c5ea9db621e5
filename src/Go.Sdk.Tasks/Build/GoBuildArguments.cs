using System;
using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The flags <c>go build</c> shares with <c>go list</c> (the same packages and files) and with <c>go vet</c> (the
/// same compile actions, so vet finds the build's compiled dependencies in GOCACHE instead of compiling them again).
/// </summary>
internal static class GoBuildArguments
{
    /// <summary>
    /// The flags that make a build reproducible: <c>-trimpath</c> removes file-system paths; <c>-buildvcs=false</c>
    /// keeps the VCS state (dirty flag, commit time) out. <c>-trimpath</c> is part of every compile action's cache
    /// key, so a command that compiles without it shares nothing with a build that used it.
    /// </summary>
    public static IEnumerable<string> Reproducibility(bool reproducible) =>
        reproducible ? new[] { "-trimpath", "-buildvcs=false" } : Array.Empty<string>();

    /// <param name="gcFlags">The <c>-gcflags</c> value, or empty for none.</param>
    public static IEnumerable<string> CompilerFlags(string? gcFlags) =>
        string.IsNullOrWhiteSpace(gcFlags) ? Array.Empty<string>() : new[] { "-gcflags=" + gcFlags };

    /// <param name="tags">Build tags, separated by <c>;</c> or <c>,</c>.</param>
    /// <param name="modMode"><c>-mod</c> value, or empty to leave it to Go.</param>
    public static IEnumerable<string> Common(string? tags, string? modMode)
    {
        if (!string.IsNullOrEmpty(modMode))
        {
            yield return "-mod=" + modMode;
        }
        var tagList = (tags ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tagList.Count > 0)
        {
            yield return "-tags=" + string.Join(",", tagList);
        }
    }
}
