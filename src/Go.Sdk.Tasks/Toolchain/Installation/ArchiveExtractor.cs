using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using SharpCompress.Common;
using SharpCompress.Common.Tar;
using SharpCompress.Readers;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// Unpacks a verified toolchain package (.tar.gz or .zip) into an empty folder, stripping the package's entry
/// prefix so the folder becomes the GOROOT. Any entry that could write outside the folder — a <c>..</c> name, an
/// absolute name, a link pointing out, or a path through a link — stops the extraction with a coded error; the
/// caller extracts into a temporary folder, so nothing is installed then.
/// </summary>
public sealed class ArchiveExtractor
{
    private const long AnyExecuteBits = 0x49; // 0o111: a tar entry executable by anyone stays executable
    private const int ReadBufferSize = 1 << 20;

    /// <param name="archivePath">The package on disk.</param>
    /// <param name="archiveName">The name used in messages (the downloaded file's official name).</param>
    /// <param name="layout">The package's shape.</param>
    /// <param name="targetDirectory">An empty or missing folder that becomes the GOROOT.</param>
    public void Extract(string archivePath, string archiveName, PackageLayout layout, string targetDirectory, CancellationToken cancellationToken)
    {
        var target = new ExtractionTarget(Path.GetFullPath(targetDirectory), archiveName);
        Directory.CreateDirectory(target.Root);
        using var file = new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize);
        using var stream = IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        IReader reader;
        try
        {
            reader = ReaderFactory.OpenReader(stream, new ReaderOptions { LeaveStreamOpen = true });
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            throw new GoSdkException(Messages.UnreadableArchive(archiveName, e.Message), e);
        }
        using (reader)
        {
            try
            {
                while (reader.MoveToNextEntry())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteEntry(reader, layout, target);
                }
            }
            catch (Exception e) when (IsFormatProblem(e))
            {
                throw new GoSdkException(Messages.UnreadableArchive(archiveName, e.Message), e);
            }
        }
    }

    private static void WriteEntry(IReader reader, PackageLayout layout, ExtractionTarget target)
    {
        var entry = reader.Entry;
        var segments = EntryPathGuard.Relative(entry.Key ?? "", layout.EntryPrefix, out var reason)
            ?? throw target.Refuse(entry.Key ?? "", reason);
        if (segments.Count == 0)
        {
            return; // the prefix folder itself ("go/")
        }
        if (entry.IsDirectory)
        {
            target.EnsureDirectory(segments, segments.Count, entry.Key!);
            return;
        }

        var installed = new List<string>(segments);
        installed[installed.Count - 1] = layout.InstalledFileName(installed[installed.Count - 1]);
        target.EnsureDirectory(installed, installed.Count - 1, entry.Key!);
        var path = target.PathOf(installed);
        target.RemoveExisting(path, entry.Key!);

        if (entry.LinkTarget is { Length: > 0 } linkText)
        {
            if (!EntryPathGuard.LinkStaysInside(installed, linkText, out reason))
            {
                throw target.Refuse(entry.Key!, reason);
            }
            target.CreateLink(path, linkText, entry.Key!);
            return;
        }

        using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            reader.WriteEntryTo(output);
        }
        bool executable = layout.ForcesExecutable(installed) || (entry is TarEntry tar && (tar.Mode & AnyExecuteBits) != 0);
        if (executable)
        {
            MakeExecutable(path);
        }
    }

    private static void MakeExecutable(string path)
    {
#if NET
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode rwxr_xr_x = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(path, rwxr_xr_x);
        }
#else
        _ = path; // .NET Framework runs on Windows, which has no exec bits.
#endif
    }

    /// <summary>
    /// Whether the package starts with gzip's magic bytes. A .tar.gz is then inflated by the platform's GZipStream
    /// (native zlib), several times faster than SharpCompress's managed inflater, which then only reads the tar.
    /// </summary>
    private static bool IsGzip(FileStream file)
    {
        int first = file.ReadByte();
        int second = file.ReadByte();
        file.Position = 0;
        return first == 0x1f && second == 0x8b;
    }

    private static bool IsFormatProblem(Exception e) =>
        e is SharpCompressException || e is InvalidDataException || e is EndOfStreamException || e is FormatException || e is NotSupportedException;

    /// <summary>The folder being filled, and the folders below it already known to be real folders (not links).</summary>
    private sealed class ExtractionTarget
    {
        private readonly HashSet<string> _checkedDirectories;
        private readonly string _archiveName;

        public ExtractionTarget(string root, string archiveName)
        {
            Root = root;
            _archiveName = archiveName;
            _checkedDirectories = new HashSet<string>(HostPlatform.IsWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal) { root };
        }

        public string Root { get; }

        public string PathOf(IReadOnlyList<string> segments) => PathOf(segments, segments.Count);

        public GoSdkException Refuse(string entry, string reason) =>
            new(Messages.UnsafeArchiveEntry(_archiveName, entry, reason));

        /// <summary>Creates the first <paramref name="count"/> segments as folders, refusing to pass through a link or a file.</summary>
        public void EnsureDirectory(IReadOnlyList<string> segments, int count, string entry)
        {
            for (int i = 1; i <= count; i++)
            {
                var directory = PathOf(segments, i);
                if (_checkedDirectories.Contains(directory))
                {
                    continue;
                }
                var info = new DirectoryInfo(directory);
                if (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    throw Refuse(entry, "would be written through a link");
                }
                if (!info.Exists)
                {
                    if (File.Exists(directory))
                    {
                        throw Refuse(entry, $"needs '{string.Join("/", Take(segments, i))}' as a folder, but the archive made it a file");
                    }
                    Directory.CreateDirectory(directory);
                }
                _checkedDirectories.Add(directory);
            }
        }

        /// <summary>
        /// A later entry with the same name replaces the earlier one. Deleting first also means a file is never
        /// written through a link an earlier entry created.
        /// </summary>
        public void RemoveExisting(string path, string entry)
        {
            var info = new FileInfo(path);
            var attributes = info.Attributes;
            if (attributes == (FileAttributes)(-1))
            {
                return; // nothing there
            }
            if (attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                throw Refuse(entry, "is a file where an earlier entry made a folder");
            }
            info.Delete();
        }

        public void CreateLink(string path, string linkText, string entry)
        {
#if NET
            if (!OperatingSystem.IsWindows())
            {
                File.CreateSymbolicLink(path, linkText);
                return;
            }
#endif
            _ = path;
            _ = linkText;
            throw new GoSdkException(Messages.UnreadableArchive(_archiveName,
                $"the entry '{entry}' is a link, and links are not created on Windows (official Windows toolchains have none)"));
        }

        private string PathOf(IReadOnlyList<string> segments, int count)
        {
            var path = Root;
            for (int i = 0; i < count; i++)
            {
                path = Path.Combine(path, segments[i]);
            }
            return path;
        }

        private static IEnumerable<string> Take(IReadOnlyList<string> segments, int count)
        {
            for (int i = 0; i < count; i++)
            {
                yield return segments[i];
            }
        }
    }
}
