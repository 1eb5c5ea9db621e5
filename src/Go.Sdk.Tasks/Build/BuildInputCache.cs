using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The last <see cref="BuildInputs"/>, kept in obj/ so that a build with nothing changed knows its inputs without
/// starting <c>go list</c>. The set is reused only while it is certainly complete: the same settings key (flags,
/// tags, environment, toolchain, target), every watched folder listing the same names, no recorded file changed
/// since it was listed (an edit may add an import or an embed), and no absent go.work appeared.
/// </summary>
/// <remarks>
/// Format, one entry per line, UTF-8: <c>gosdk-build-inputs 1</c>, <c>key K</c>, <c>listed TICKS</c>, then
/// <c>file PATH</c>, <c>dir FINGERPRINT 0|1 PATH</c> (1: hidden names count), <c>absent PATH</c>.
/// </remarks>
public static class BuildInputCache
{
    private const string Header = "gosdk-build-inputs 1";

    /// <param name="listedAtUtc">When <c>go list</c> started: a file written after that may not be in the set.</param>
    public static void Write(string cacheFile, string key, DateTime listedAtUtc, BuildInputs inputs, ICollection<string> ignoredPaths)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("key ").Append(key).Append('\n');
        text.Append("listed ").Append(listedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var file in inputs.Files)
        {
            text.Append("file ").Append(file).Append('\n');
        }
        foreach (var directory in inputs.WatchedDirectories)
        {
            var fingerprint = DirectoryFingerprint.Of(directory.Path, directory.IncludeHidden, ignoredPaths);
            text.Append("dir ").Append(fingerprint).Append(directory.IncludeHidden ? " 1 " : " 0 ").Append(directory.Path).Append('\n');
        }
        foreach (var absent in inputs.AbsentFiles)
        {
            text.Append("absent ").Append(absent).Append('\n');
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
        File.WriteAllText(cacheFile, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The cached input files, or null (and why, in <paramref name="staleReason"/>) when they must be listed again.</summary>
    /// <param name="key">The current settings key; null reads the files without checking anything (design-time use).</param>
    public static IReadOnlyList<string>? TryRead(string cacheFile, string? key, ICollection<string> ignoredPaths, out string staleReason)
    {
        if (!File.Exists(cacheFile))
        {
            staleReason = "no cached input list";
            return null;
        }
        var lines = File.ReadAllLines(cacheFile);
        if (lines.Length < 3 || lines[0] != Header || !lines[1].StartsWith("key ", StringComparison.Ordinal) || !lines[2].StartsWith("listed ", StringComparison.Ordinal)
            || !long.TryParse(lines[2].Substring("listed ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var listedTicks))
        {
            staleReason = "the cached input list is unreadable";
            return null;
        }
        var files = lines.Where(l => l.StartsWith("file ", StringComparison.Ordinal)).Select(l => l.Substring("file ".Length)).ToList();
        if (key is null)
        {
            staleReason = "";
            return files;
        }
        staleReason = lines[1].Substring("key ".Length) != key ? "a build setting changed"
            : FirstStaleEntry(lines.Skip(3), new DateTime(listedTicks, DateTimeKind.Utc), ignoredPaths) ?? "";
        return staleReason.Length == 0 ? files : null;
    }

    private static string? FirstStaleEntry(IEnumerable<string> entries, DateTime listedAtUtc, ICollection<string> ignoredPaths)
    {
        foreach (var line in entries)
        {
            int space = line.IndexOf(' ');
            var kind = space < 0 ? line : line.Substring(0, space);
            var rest = space < 0 ? "" : line.Substring(space + 1);
            switch (kind)
            {
                case "file":
                    // Missing, or edited since it was listed: its imports or embed patterns may have changed.
                    if (!File.Exists(rest) || File.GetLastWriteTimeUtc(rest) >= listedAtUtc)
                    {
                        return $"{rest} changed";
                    }
                    break;
                case "dir":
                    var parts = rest.Split(new[] { ' ' }, 3);
                    if (parts.Length != 3 || DirectoryFingerprint.Of(parts[2], parts[1] == "1", ignoredPaths) != parts[0])
                    {
                        return $"the entries of {(parts.Length == 3 ? parts[2] : rest)} changed";
                    }
                    break;
                case "absent":
                    if (File.Exists(rest))
                    {
                        return $"{rest} appeared";
                    }
                    break;
                default:
                    return "the cached input list is unreadable";
            }
        }
        return null;
    }
}
