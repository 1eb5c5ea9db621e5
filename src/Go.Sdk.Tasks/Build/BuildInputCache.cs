using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The last <see cref="BuildInputs"/>, kept in obj/ with the SHA-256 of every file, so that a build with nothing
/// changed knows its inputs without starting <c>go list</c>, and knows their contents without trusting timestamps.
/// The set is reused only while it is certainly complete: the same settings key (flags, tags, environment,
/// toolchain, target, module folder), every watched folder listing the same names, no absent go.work appeared, and
/// every recorded file whose contents changed since it was listed changed in a way that cannot change the set.
/// </summary>
/// <remarks>
/// <para>
/// Contents, not write times, decide: a file replaced by one with an older or equal write time (<c>cp -p</c>,
/// <c>rsync -t</c>, archive extraction, an editor that renames a saved copy into place) is a change like any other.
/// Reading every input costs little next to starting MSBuild (docs/benchmarks.md measures it at 1,000 files).
/// </para>
/// <para>
/// Which edits are harmless: a Go file whose <see cref="GoFileHeader"/> fingerprint (build constraints, package
/// clause, imports, cgo preamble, <c>//go:embed</c> lines) is the recorded one, so an edit inside a function body
/// does not start <c>go list</c>; and any cgo, assembly, syso or embedded file, whose contents never decide
/// which files are read (its own build constraints only move it between two lists that are both in the set).
/// go.mod, go.sum, go.work and vendor/modules.txt edits always list again: they can add or move local modules.
/// </para>
/// <para>
/// Format, one entry per line, UTF-8: <c>gosdk-build-inputs 3</c>, <c>key K</c>, then
/// <c>file SHA256 FINGERPRINT PATH</c> (the contents' hash, or <c>-</c> when the file was written while
/// <c>go list</c> ran; its header fingerprint, or <c>-</c>), <c>dir FINGERPRINT 0|1 PATH</c> (1: hidden names
/// count), <c>absent PATH</c>, and last <c>end SHA256</c>, the hash of every line above it: a truncated or edited
/// cache is never taken for a complete one.
/// </para>
/// </remarks>
public static class BuildInputCache
{
    private const string Header = "gosdk-build-inputs 3";
    private const string Unknown = "-";
    private const string EndPrefix = "end ";

    private static readonly string[] ModuleFileNames = { "go.mod", "go.sum", "go.work", "go.work.sum", "modules.txt" };

    /// <param name="listedAtUtc">
    /// When <c>go list</c> started: a file written after that may not be what it saw, so it is recorded with no
    /// hash and counts as changed next time.
    /// </param>
    /// <returns>The input files with the hash of their contents now.</returns>
    public static IReadOnlyList<InputFile> Write(string cacheFile, string key, DateTime listedAtUtc, BuildInputs inputs, ICollection<string> ignoredPaths)
    {
        var lines = new List<string> { Header, "key " + key };
        var files = new List<InputFile>();
        var read = FileContents.ReadAll(inputs.Files);
        for (int i = 0; i < inputs.Files.Count; i++)
        {
            var (path, contents) = (inputs.Files[i], read[i]);
            files.Add(new InputFile(path, contents?.Hash));
            bool seenByGoList = contents is not null && contents.WrittenUtc < listedAtUtc;
            lines.Add(FileEntry(seenByGoList ? contents!.Hash : Unknown, seenByGoList ? contents!.Fingerprint : Unknown, path));
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
        return files;
    }

    /// <summary>Files with the hash of their contents now (null for one that is missing or cannot be read), read side by side.</summary>
    public static IReadOnlyList<InputFile> Read(IReadOnlyList<string> paths)
    {
        var read = FileContents.ReadAll(paths);
        return paths.Select((path, i) => new InputFile(path, read[i]?.Hash)).ToList();
    }

    /// <summary>The cached input files, or null (and why, in <paramref name="staleReason"/>) when they must be listed again.</summary>
    /// <param name="key">The current settings key; null reads the files without checking anything (design-time use).</param>
    /// <returns>The files with the hash of their contents now; with no key, the hash recorded.</returns>
    /// <remarks>
    /// When files changed harmlessly, their entries are brought up to date in the cache file, so the next build
    /// does not look at their headers again.
    /// </remarks>
    public static IReadOnlyList<InputFile>? TryRead(string cacheFile, string? key, ICollection<string> ignoredPaths, out string staleReason)
    {
        if (!File.Exists(cacheFile))
        {
            staleReason = "no cached input list";
            return null;
        }
        var lines = ReadLines(cacheFile);
        if (lines is null || lines.Count < 2 || lines[0] != Header || !lines[1].StartsWith("key ", StringComparison.Ordinal))
        {
            staleReason = "the cached input list is unreadable";
            return null;
        }
        if (key is not null && lines[1].Substring("key ".Length) != key)
        {
            staleReason = "a build setting changed";
            return null;
        }
        var files = new List<InputFile>();
        var contents = key is null ? new Dictionary<string, FileContents?>() : ReadListedFiles(lines);
        bool refreshed = false;
        for (int i = 2; i < lines.Count; i++)
        {
            var line = lines[i];
            var reason = CheckEntry(ref line, files, contents, check: key is not null, ignoredPaths, ref refreshed);
            if (reason is not null)
            {
                staleReason = reason;
                return null;
            }
            lines[i] = line;
        }
        if (refreshed)
        {
            WriteLines(cacheFile, lines);
        }
        staleReason = "";
        return files;
    }

    // The files of the list's file entries, read side by side: a build reads every input each time.
    private static Dictionary<string, FileContents?> ReadListedFiles(List<string> lines)
    {
        var paths = lines.Where(l => l.StartsWith("file ", StringComparison.Ordinal))
            .Select(l => l.Split(new[] { ' ' }, 4))
            .Where(parts => parts.Length == 4)
            .Select(parts => parts[3])
            .ToList();
        var read = FileContents.ReadAll(paths);
        var contents = new Dictionary<string, FileContents?>(StringComparer.Ordinal);
        for (int i = 0; i < paths.Count; i++)
        {
            contents[paths[i]] = read[i];
        }
        return contents;
    }

    // Null when the entry still holds; else why not. A file entry whose file changed harmlessly is rewritten.
    private static string? CheckEntry(ref string line, List<InputFile> files, Dictionary<string, FileContents?> contents, bool check, ICollection<string> ignoredPaths, ref bool refreshed)
    {
        int space = line.IndexOf(' ');
        var kind = space < 0 ? line : line.Substring(0, space);
        var rest = space < 0 ? "" : line.Substring(space + 1);
        switch (kind)
        {
            case "file":
                var parts = rest.Split(new[] { ' ' }, 3);
                if (parts.Length != 3)
                {
                    return "the cached input list is unreadable";
                }
                var (recordedHash, recordedFingerprint, path) = (parts[0], parts[1], parts[2]);
                if (!check)
                {
                    files.Add(new InputFile(path, recordedHash == Unknown ? null : recordedHash));
                    return null;
                }
                var current = contents[path];
                if (current is null)
                {
                    return $"{path} changed";
                }
                files.Add(new InputFile(path, current.Hash));
                if (current.Hash == recordedHash)
                {
                    return null;
                }
                if (recordedHash == Unknown || !ChangedHarmlessly(path, recordedFingerprint, current))
                {
                    return $"{path} changed";
                }
                line = FileEntry(current.Hash, current.Fingerprint, path);
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

    private static bool ChangedHarmlessly(string path, string recordedFingerprint, FileContents current)
    {
        if (IsGoFile(path))
        {
            return recordedFingerprint != Unknown && current.Fingerprint == recordedFingerprint;
        }
        return Array.IndexOf(ModuleFileNames, Path.GetFileName(path)) < 0;
    }

    private static bool IsGoFile(string path) => path.EndsWith(".go", StringComparison.Ordinal);

    private static string FileEntry(string hash, string fingerprint, string path) => "file " + hash + " " + fingerprint + " " + path;

    private static void WriteLines(string cacheFile, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        var checksum = Sha256Hash.ToHex(Sha256Hash.Digest(Encoding.UTF8.GetBytes(text.ToString())));
        text.Append(EndPrefix).Append(checksum).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
        File.WriteAllText(cacheFile, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    // The lines above a matching end line, or null when the file is cut short or was changed by anything else.
    private static List<string>? ReadLines(string cacheFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(cacheFile, Encoding.UTF8);
        }
        catch (IOException)
        {
            return null;
        }
        int end = text.LastIndexOf("\n" + EndPrefix, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        var body = text.Substring(0, end + 1);
        var recorded = text.Substring(end + 1 + EndPrefix.Length).TrimEnd('\n');
        if (recorded != Sha256Hash.ToHex(Sha256Hash.Digest(Encoding.UTF8.GetBytes(body))))
        {
            return null;
        }
        return body.Substring(0, body.Length - 1).Split('\n').ToList();
    }

    // A file's contents as a build input: their hash, the write time read before the contents (so that a write in
    // between shows as a write after go list started), and for a Go file its header fingerprint, worked out only
    // when asked for: a build with nothing changed needs none.
    private sealed class FileContents
    {
        private readonly string _path;
        private readonly byte[] _bytes;
        private string? _fingerprint;

        private FileContents(string path, byte[] bytes, DateTime writtenUtc)
        {
            _path = path;
            _bytes = bytes;
            Hash = Sha256Hash.ToHex(Sha256Hash.Digest(bytes));
            WrittenUtc = writtenUtc;
        }

        public string Hash { get; }
        public DateTime WrittenUtc { get; }

        public string Fingerprint => _fingerprint ??= IsGoFile(_path)
            ? GoFileHeader.Fingerprint(Encoding.UTF8.GetString(_bytes).TrimStart('\uFEFF')) ?? Unknown
            : Unknown;

        /// <returns>For each path, null when the file is missing or cannot be read.</returns>
        public static FileContents?[] ReadAll(IReadOnlyList<string> paths)
        {
            var read = new FileContents?[paths.Count];
            System.Threading.Tasks.Parallel.For(0, paths.Count, i => read[i] = Read(paths[i]));
            return read;
        }

        private static FileContents? Read(string path)
        {
            try
            {
                var written = File.GetLastWriteTimeUtc(path);
                return new FileContents(path, File.ReadAllBytes(path), written);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}

/// <summary>A file a build reads, with the SHA-256 of its contents (null when unknown or unreadable).</summary>
public sealed record InputFile(string Path, string? ContentHash);
