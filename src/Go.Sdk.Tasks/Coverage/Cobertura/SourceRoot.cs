using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Go.Sdk.Tasks.Coverage.Cobertura;

/// <summary>
/// The one folder a Cobertura report names in <c>&lt;source&gt;</c>, and every file's name relative to it. One
/// source, not one per module: ReportGenerator and Azure DevOps try several sources in turn and take the first
/// that has a file of that name, which picks the wrong file when two modules both have <c>pkg/util.go</c>.
/// </summary>
internal sealed class SourceRoot
{
    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _prefix;

    private SourceRoot(string directory)
    {
        Directory = directory;
        _prefix = directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? directory
            : directory + Path.DirectorySeparatorChar;
    }

    public string Directory { get; }

    /// <summary>The deepest folder holding <paramref name="moduleDirectory"/> and every file (usually the module folder itself).</summary>
    public static SourceRoot Common(string moduleDirectory, IEnumerable<string> files)
    {
        var root = Path.GetFullPath(moduleDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        foreach (var file in files)
        {
            while (root.Length > 0 && !IsUnder(file, root))
            {
                root = Path.GetDirectoryName(root) ?? "";
            }
        }
        // A drive or filesystem root keeps its separator ("/", "C:\").
        return new SourceRoot(root.Length == 0 || root.EndsWith(":", StringComparison.Ordinal) ? root + Path.DirectorySeparatorChar : root);
    }

    /// <summary>The file's name relative to the root with <c>/</c> separators; the full path if it is elsewhere (another drive).</summary>
    public string Relative(string fullPath) =>
        fullPath.StartsWith(_prefix, PathComparison)
            ? fullPath.Substring(_prefix.Length).Replace(Path.DirectorySeparatorChar, '/')
            : fullPath;

    private static bool IsUnder(string file, string directory) =>
        file.Length > directory.Length
        && file.StartsWith(directory, PathComparison)
        && (file[directory.Length] == Path.DirectorySeparatorChar || directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal));
}
