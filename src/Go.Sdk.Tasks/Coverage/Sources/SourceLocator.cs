using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>
/// Maps a file name from a cover profile (<c>example.com/m/pkg/file.go</c>) to the file on disk, the way
/// <c>go list</c> would but without running it: the longest matching module path of the main module or of a
/// workspace module wins (so a nested module beats its parent), then the main module's <c>vendor/</c> folder.
/// Absolute names (packages outside any module) are taken as they are.
/// </summary>
public sealed class SourceLocator
{
    private readonly GoModule[] _byLongestPath;
    private readonly GoModule _mainModule;

    /// <param name="mainModule">The module under test; its folder also holds <c>vendor/</c>.</param>
    /// <param name="otherModules">Further modules of the same workspace (go.work <c>use</c> lines).</param>
    public SourceLocator(GoModule mainModule, IEnumerable<GoModule> otherModules)
    {
        _mainModule = mainModule;
        _byLongestPath = new[] { mainModule }.Concat(otherModules)
            .OrderByDescending(m => m.ModulePath.Length)
            .ToArray();
    }

    /// <summary>The full path of the file; null when it is in none of the places searched.</summary>
    public string? Locate(string profileFileName)
    {
        if (Path.IsPathRooted(profileFileName))
        {
            return File.Exists(profileFileName) ? Path.GetFullPath(profileFileName) : null;
        }
        foreach (var module in _byLongestPath)
        {
            var relative = RelativeTo(module.ModulePath, profileFileName);
            if (relative is not null)
            {
                var candidate = Combine(module.Directory, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        var vendored = Combine(Path.Combine(_mainModule.Directory, "vendor"), profileFileName);
        return File.Exists(vendored) ? vendored : null;
    }

    /// <summary>The places <see cref="Locate"/> looks in, for a message when it finds nothing.</summary>
    public string SearchedPlaces =>
        string.Join(", ", _byLongestPath.Select(m => $"{m.ModulePath} in {m.Directory}")) + $", {Path.Combine(_mainModule.Directory, "vendor")}";

    private static string? RelativeTo(string modulePath, string fileName) =>
        fileName.Length > modulePath.Length + 1 && fileName[modulePath.Length] == '/'
            && string.CompareOrdinal(fileName, 0, modulePath, 0, modulePath.Length) == 0
            ? fileName.Substring(modulePath.Length + 1)
            : null;

    private static string Combine(string directory, string slashPath) =>
        Path.GetFullPath(Path.Combine(directory, slashPath.Replace('/', Path.DirectorySeparatorChar)));
}

