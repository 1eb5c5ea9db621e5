using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// Which vet package patterns hold cgo code (a non-test Go file that imports "C").
/// <c>go vet -trimpath</c> of such a package reads its cgo step from GOCACHE, where the step is keyed without the
/// package's folder and remembers the folder it first ran in; vet's cgocall analyzer then opens the Go file there
/// and fails once that folder is gone ("can't parse raw cgo file"). GoVet vets these packages without -trimpath.
/// </summary>
public static class CgoPackages
{
    // import "C" alone, or "C" inside a grouped import, on a line of the file's header that starts with import.
    private static readonly Regex ImportC = new(@"^[ \t]*import\s*(\(\s*[^)]*?)?""C""", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>Whether a Go file's header imports "C".</summary>
    public static bool ImportsC(string goFileText)
    {
        int end = GoFileHeader.HeaderEnd(goFileText);
        var header = end < 0 ? goFileText : goFileText.Substring(0, end);
        return ImportC.IsMatch(header);
    }

    /// <summary>
    /// The patterns among <paramref name="patterns"/> (relative to <paramref name="moduleDirectory"/>: <c>.</c>,
    /// <c>./lib</c>, <c>./...</c>) whose folders hold cgo code; a <c>/...</c> pattern counts every folder below it.
    /// </summary>
    public static IReadOnlyList<string> Among(IEnumerable<string> patterns, string moduleDirectory) =>
        patterns.Where(p => HoldsCgo(p, moduleDirectory)).ToList();

    private static bool HoldsCgo(string pattern, string moduleDirectory)
    {
        bool recursive = pattern == "..." || pattern.EndsWith("/...", StringComparison.Ordinal);
        var folder = Path.Combine(moduleDirectory, recursive ? pattern.Substring(0, Math.Max(0, pattern.Length - 4)) : pattern);
        if (!Directory.Exists(folder))
        {
            return false;
        }
        return Directory.EnumerateFiles(folder, "*.go", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal))
            .Any(f => ImportsC(File.ReadAllText(f)));
    }
}
