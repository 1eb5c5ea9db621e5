using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// Turns archive entry names and link targets into paths relative to the install folder, refusing anything that
/// could land outside it: <c>..</c> segments, absolute or drive-rooted names, backslashes (a separator on Windows,
/// never used by Go's archives), NUL, and links whose target leaves the tree. Works on names only; the extractor
/// adds the checks that need the file system.
/// </summary>
public static class EntryPathGuard
{
    /// <summary>
    /// The entry's path below <paramref name="prefix"/> as '/'-separated segments, empty for the prefix folder
    /// itself. Returns null and a reason when the entry must be refused.
    /// </summary>
    public static IReadOnlyList<string>? Relative(string entryName, string prefix, out string reason)
    {
        if (Unsafe(entryName, out reason))
        {
            return null;
        }
        if (!(entryName + "/").StartsWith(prefix, StringComparison.Ordinal))
        {
            reason = $"is not under '{prefix}', where every entry of this kind of archive is";
            return null;
        }
        var segments = Segments(entryName.Substring(Math.Min(prefix.Length, entryName.Length)), out reason);
        return segments;
    }

    /// <summary>
    /// Whether a link at <paramref name="linkSegments"/> (relative to the install folder) pointing at
    /// <paramref name="target"/> stays inside the install folder; absolute targets never do.
    /// </summary>
    public static bool LinkStaysInside(IReadOnlyList<string> linkSegments, string target, out string reason)
    {
        if (Unsafe(target, out reason))
        {
            reason = $"is a link to '{target}', which " + reason;
            return false;
        }
        // Depth below the install folder while walking the target from the link's own folder. '..' may only
        // lead the target: after a name it would climb out of whatever that name is, and that name may be a link.
        int depth = linkSegments.Count - 1;
        bool descended = false;
        foreach (var segment in target.Split('/'))
        {
            if (segment == ".." && descended)
            {
                reason = $"is a link to '{target}', which climbs with '..' after a folder name and so may leave the toolchain folder through another link";
                return false;
            }
            if (segment == "..")
            {
                depth--;
            }
            else if (segment.Length > 0 && segment != ".")
            {
                depth++;
                descended = true;
            }
            if (depth < 0)
            {
                reason = $"is a link to '{target}', which points outside the toolchain folder";
                return false;
            }
        }
        return true;
    }

    private static bool Unsafe(string name, out string reason)
    {
        reason = "";
        if (name.IndexOf('\0') >= 0)
        {
            reason = "contains a NUL character";
        }
        else if (name.IndexOf('\\') >= 0)
        {
            reason = "contains a backslash, which Windows reads as a folder separator";
        }
        else if (name.StartsWith("/", StringComparison.Ordinal))
        {
            reason = "is an absolute path";
        }
        else if (name.Length >= 2 && name[1] == ':' && char.IsLetter(name[0]))
        {
            reason = "starts with a drive letter";
        }
        return reason.Length > 0;
    }

    private static IReadOnlyList<string>? Segments(string relative, out string reason)
    {
        reason = "";
        var segments = new List<string>();
        foreach (var segment in relative.Split('/'))
        {
            if (segment == "..")
            {
                reason = "climbs out of the toolchain folder with '..'";
                return null;
            }
            if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }
        return segments;
    }
}
