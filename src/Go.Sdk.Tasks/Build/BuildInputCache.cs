using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The last <see cref="BuildInputs"/>, kept in obj/ so that a build with nothing changed knows its inputs without
/// starting <c>go list</c>. The set is reused only while it is certainly complete: the same settings key (flags,
/// tags, environment, toolchain, target), every watched folder listing the same names, no absent go.work appeared,
/// and every recorded file that changed since it was listed changed in a way that cannot change the set.
/// </summary>
/// <remarks>
/// <para>
/// Which edits are harmless: a Go file whose <see cref="GoFileHeader"/> fingerprint (build constraints, package
/// clause, imports, cgo preamble, <c>//go:embed</c> lines) is the recorded one, so an edit inside a function body
/// does not start <c>go list</c>; and any cgo, assembly, syso or embedded file, whose contents never decide
/// which files are read (its own build constraints only move it between two lists that are both in the set).
/// go.mod, go.sum, go.work and vendor/modules.txt edits always list again: they can add or move local modules.
/// </para>
/// <para>
/// Format, one entry per line, UTF-8: <c>gosdk-build-inputs 2</c>, <c>key K</c>, then
/// <c>file TICKS FINGERPRINT PATH</c> (the file's write time; its header fingerprint, or <c>-</c>),
/// <c>dir FINGERPRINT 0|1 PATH</c> (1: hidden names count), <c>absent PATH</c>.
/// </para>
/// </remarks>
public static class BuildInputCache
{
    private const string Header = "gosdk-build-inputs 2";
    private const string Unknown = "-";

    private static readonly string[] ModuleFileNames = { "go.mod", "go.sum", "go.work", "go.work.sum", "modules.txt" };

    /// <param name="listedAtUtc">
    /// When <c>go list</c> started: a file written after that may not be what it saw, so it is recorded with no
    /// write time and counts as changed next time.
    /// </param>
    public static void Write(string cacheFile, string key, DateTime listedAtUtc, BuildInputs inputs, ICollection<string> ignoredPaths)
    {
        var lines = new List<string> { Header, "key " + key };
        foreach (var file in inputs.Files)
        {
            var stamp = Stamp.Of(file);
            lines.Add(FileEntry(stamp.WrittenUtc < listedAtUtc ? stamp : new Stamp(0, Unknown), file));
        }
        foreach (var directory in inputs.WatchedDirectories)
        {
            var fingerprint = DirectoryFingerprint.Of(directory.Path, directory.IncludeHidden, ignoredPaths);
            lines.Add("dir " + fingerprint + (directory.IncludeHidden ? " 1 " : " 0 ") + directory.Path);
        }
        foreach (var absent in inputs.AbsentFiles)
        {
            lines.Add("absent " + absent);
        }
        WriteLines(cacheFile, lines);
    }

    /// <summary>The cached input files, or null (and why, in <paramref name="staleReason"/>) when they must be listed again.</summary>
    /// <param name="key">The current settings key; null reads the files without checking anything (design-time use).</param>
    /// <remarks>
    /// When files changed harmlessly, their entries are brought up to date in the cache file, so the next build
    /// does not read them again.
    /// </remarks>
    public static IReadOnlyList<string>? TryRead(string cacheFile, string? key, ICollection<string> ignoredPaths, out string staleReason)
    {
        if (!File.Exists(cacheFile))
        {
            staleReason = "no cached input list";
            return null;
        }
        var lines = File.ReadAllLines(cacheFile);
        if (lines.Length < 2 || lines[0] != Header || !lines[1].StartsWith("key ", StringComparison.Ordinal))
        {
            staleReason = "the cached input list is unreadable";
            return null;
        }
        if (key is not null && lines[1].Substring("key ".Length) != key)
        {
            staleReason = "a build setting changed";
            return null;
        }
        var files = new List<string>();
        bool refreshed = false;
        for (int i = 2; i < lines.Length; i++)
        {
            var reason = CheckEntry(ref lines[i], files, check: key is not null, ignoredPaths, ref refreshed);
            if (reason is not null)
            {
                staleReason = reason;
                return null;
            }
        }
        if (refreshed)
        {
            WriteLines(cacheFile, lines);
        }
        staleReason = "";
        return files;
    }

    // Null when the entry still holds; else why not. A file entry whose file changed harmlessly is rewritten.
    private static string? CheckEntry(ref string line, List<string> files, bool check, ICollection<string> ignoredPaths, ref bool refreshed)
    {
        int space = line.IndexOf(' ');
        var kind = space < 0 ? line : line.Substring(0, space);
        var rest = space < 0 ? "" : line.Substring(space + 1);
        switch (kind)
        {
            case "file":
                var parts = rest.Split(new[] { ' ' }, 3);
                if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                {
                    return "the cached input list is unreadable";
                }
                files.Add(parts[2]);
                if (!check)
                {
                    return null;
                }
                var written = WriteTimeUtc(parts[2]);
                if (written?.Ticks == ticks)
                {
                    return null;
                }
                var current = Stamp.Of(parts[2]);
                if (written is null || !ChangedHarmlessly(parts[2], parts[1], current))
                {
                    return $"{parts[2]} changed";
                }
                line = FileEntry(current, parts[2]);
                refreshed = true;
                return null;
            case "dir":
                var dir = rest.Split(new[] { ' ' }, 3);
                return !check || (dir.Length == 3 && DirectoryFingerprint.Of(dir[2], dir[1] == "1", ignoredPaths) == dir[0]) ? null
                    : $"the entries of {(dir.Length == 3 ? dir[2] : rest)} changed";
            case "absent":
                return check && File.Exists(rest) ? $"{rest} appeared" : null;
            default:
                return "the cached input list is unreadable";
        }
    }

    private static bool ChangedHarmlessly(string path, string recordedFingerprint, Stamp current)
    {
        if (IsGoFile(path))
        {
            return recordedFingerprint != Unknown && current.Fingerprint == recordedFingerprint;
        }
        return Array.IndexOf(ModuleFileNames, Path.GetFileName(path)) < 0;
    }

    private static DateTime? WriteTimeUtc(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.LastWriteTimeUtc : null;
    }

    private static bool IsGoFile(string path) => path.EndsWith(".go", StringComparison.Ordinal);

    private static string FileEntry(Stamp stamp, string path) =>
        "file " + stamp.WrittenUtc.Ticks.ToString(CultureInfo.InvariantCulture) + " " + stamp.Fingerprint + " " + path;

    private static void WriteLines(string cacheFile, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
        File.WriteAllText(cacheFile, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    // A file's write time, read before its text so that a write in between shows as a later change, and the
    // header fingerprint of a Go file.
    private readonly struct Stamp
    {
        public Stamp(long ticks, string fingerprint)
        {
            WrittenUtc = new DateTime(ticks, DateTimeKind.Utc);
            Fingerprint = fingerprint;
        }

        public DateTime WrittenUtc { get; }
        public string Fingerprint { get; }

        public static Stamp Of(string path)
        {
            var written = WriteTimeUtc(path);
            if (written is null)
            {
                return new Stamp(0, Unknown);
            }
            var fingerprint = IsGoFile(path) ? GoFileHeader.Fingerprint(ReadText(path)) ?? Unknown : Unknown;
            return new Stamp(written.Value.Ticks, fingerprint);
        }

        private static string ReadText(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (IOException)
            {
                return "";
            }
        }
    }
}
