using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Compares what two builds of the same sources wrote, file by file, in ordinal order of their relative paths, so
/// that the first difference reported is the same on every run.
/// </summary>
public static class OutputComparison
{
    /// <summary>The first difference between the two folders' files, or null when every file is byte-identical.</summary>
    public static OutputDifference? FirstDifference(string firstDirectory, string secondDirectory)
    {
        var first = RelativeFiles(firstDirectory);
        var second = RelativeFiles(secondDirectory);
        foreach (var name in first.Union(second).OrderBy(n => n, StringComparer.Ordinal))
        {
            var a = Path.Combine(firstDirectory, name);
            var b = Path.Combine(secondDirectory, name);
            if (!second.Contains(name) || !first.Contains(name))
            {
                return new OutputDifference(name, a, b, Offset: null);
            }
            if (BinaryInspector.FirstDifference(a, b) is { } offset)
            {
                return new OutputDifference(name, a, b, offset);
            }
        }
        return null;
    }

    /// <summary>Every file below <paramref name="directory"/>, as a relative path with '/' separators.</summary>
    public static SortedSet<string> RelativeFiles(string directory)
    {
        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return new SortedSet<string>(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => f.Substring(root.Length).Replace('\\', '/')),
            StringComparer.Ordinal);
    }
}

/// <summary>The first file two builds wrote differently.</summary>
/// <param name="Name">Its path relative to each build's output folder.</param>
/// <param name="FirstPath">Where the first build wrote it (it may not exist).</param>
/// <param name="SecondPath">Where the second build wrote it (it may not exist).</param>
/// <param name="Offset">The first differing byte; null when only one build wrote the file.</param>
public sealed record OutputDifference(string Name, string FirstPath, string SecondPath, long? Offset);
