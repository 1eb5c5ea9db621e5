using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// What vet checks by default: the module's own packages that the build compiles, each with its test files — as a
/// C# analyzer sees exactly the compilation. Packages of other modules (a <c>replace</c> to a local folder) and
/// vendored code are left to their owners. The inputs are the build's plus those test files, so touching a file
/// the build does not read and no test of a built package holds starts no vet.
/// </summary>
/// <param name="Packages">Package patterns relative to the module folder: <c>.</c>, <c>./lib</c>.</param>
/// <param name="InputFiles">The files vet reads: the build's inputs and the test files of <paramref name="Packages"/>.</param>
public sealed record VetScope(IReadOnlyList<string> Packages, IReadOnlyList<string> InputFiles)
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "vendor", "testdata" };

    /// <param name="buildInputs">Absolute paths of the files the build reads.</param>
    /// <param name="moduleDirectory">The folder of go.mod.</param>
    /// <param name="testFilesIn">Lists a folder's <c>*_test.go</c> files; injected for tests.</param>
    public static VetScope FromBuildInputs(IEnumerable<string> buildInputs, string moduleDirectory, Func<string, IEnumerable<string>> testFilesIn)
    {
        var module = Path.GetFullPath(moduleDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var inputs = new SortedSet<string>(buildInputs.Select(Path.GetFullPath), StringComparer.Ordinal);
        var packageFolders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in inputs.Where(f => f.EndsWith(".go", StringComparison.Ordinal)))
        {
            var folder = Path.GetDirectoryName(file)!;
            if (RelativeToModule(folder, module) is { } relative)
            {
                packageFolders.Add(relative);
            }
        }
        foreach (var relative in packageFolders)
        {
            inputs.UnionWith(testFilesIn(relative.Length == 0 ? module : Path.Combine(module, relative)));
        }
        var packages = packageFolders.Select(r => r.Length == 0 ? "." : "./" + r.Replace('\\', '/')).ToList();
        return new VetScope(packages, inputs.ToList());
    }

    /// <returns>The folder relative to the module ("" for the module itself), or null when vet must not check it.</returns>
    private static string? RelativeToModule(string folder, string module)
    {
        if (string.Equals(folder, module, StringComparison.Ordinal))
        {
            return "";
        }
        if (!folder.StartsWith(module + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = folder.Substring(module.Length + 1);
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        // Go itself ignores vendor, testdata and folders starting with _ or . when matching ./...
        return segments.Any(s => SkippedFolders.Contains(s) || s.StartsWith("_", StringComparison.Ordinal) || s.StartsWith(".", StringComparison.Ordinal))
            ? null
            : relative;
    }
}
