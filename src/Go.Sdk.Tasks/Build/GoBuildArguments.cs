using System;
using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Build;

/// <summary>The flags <c>go build</c> and <c>go list</c> share, so both see the same packages and files.</summary>
internal static class GoBuildArguments
{
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
