using System;
using System.Collections.Generic;
using System.IO;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// A short hash of the names in one folder (not their contents, not their times): it changes when an entry is
/// added, removed or renamed, which is what can change the set of files a Go build reads.
/// </summary>
public static class DirectoryFingerprint
{
    public const string Missing = "missing";

    /// <param name="directory">The folder to list (not recursively).</param>
    /// <param name="includeHidden">Whether names starting with '.' count.</param>
    /// <param name="ignoredPaths">Full paths never counted: the project's bin/ and obj/, which every build touches.</param>
    public static string Of(string directory, bool includeHidden, ICollection<string> ignoredPaths)
    {
        if (!Directory.Exists(directory))
        {
            return Missing;
        }
        var names = new List<string>();
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if ((!includeHidden && entry.Name.StartsWith(".", StringComparison.Ordinal)) || ignoredPaths.Contains(entry.FullName))
            {
                continue;
            }
            names.Add(entry is DirectoryInfo ? entry.Name + "/" : entry.Name);
        }
        names.Sort(StringComparer.Ordinal);
        return ShortHash.Of(string.Join("\n", names), bytes: 10);
    }
}
