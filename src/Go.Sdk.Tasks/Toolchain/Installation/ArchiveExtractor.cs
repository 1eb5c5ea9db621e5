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
    private const int InflatedChunkSize = 1 << 20;
    private const int InflatedChunksAhead = 4;
    // Files up to this size are read into memory and written by the FileWriteQueue; larger ones (a few dozen
    // executables) go straight from the archive to disk on the reading thread. With QueuedWrites this bounds the
    // memory held at 16 MB.
    private const int QueuedFileLimit = 256 * 1024;
    private const int QueuedWrites = 64;

    private readonly int _fileWriters;

    /// <summary>
    /// An extractor whose file writers leave a core to the reading and inflating threads: one writer on two cores,
    /// two beyond. More would only queue on the kernel's lock of the folder they all create files in.
    /// </summary>
    public ArchiveExtractor()
        : this(Environment.ProcessorCount <= 1 ? 0 : Math.Min(2, Environment.ProcessorCount - 1))
    {
    }

    /// <param name="fileWriters">Threads writing small files while the archive is read; 0 writes them in turn.</param>
    public ArchiveExtractor(int fileWriters)
    {
        _fileWriters = fileWriters;
    }

    /// <param name="archivePath">The package on disk.</param>
    /// <param name="archiveName">The name used in messages (the downloaded file's official name).</param>
    /// <param name="layout">The package's shape.</param>
    /// <param name="targetDirectory">An empty or missing folder that becomes the GOROOT.</param>
    public void Extract(string archivePath, string archiveName, PackageLayout layout, string targetDirectory, CancellationToken cancellationToken)
    {
        using var writes = new FileWriteQueue(_fileWriters, QueuedWrites);
        var target = new ExtractionTarget(Path.GetFullPath(targetDirectory), archiveName, writes);
        Directory.CreateDirectory(target.Root);
        using var file = new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, FileOptions.SequentialScan);
        using var stream = IsGzip(file) ? Inflating(file) : file;
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
                writes.Drain();
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
        target.Settle(path);

        if (entry.LinkTarget is { Length: > 0 } linkText)
        {
            if (!EntryPathGuard.LinkStaysInside(installed, linkText, out reason))
            {
                throw target.Refuse(entry.Key!, reason);
            }
            target.RemoveExisting(path, entry.Key!);
            target.CreateLink(path, linkText, entry.Key!);
            return;
        }

        bool executable = layout.ForcesExecutable(installed) || (entry is TarEntry tar && (tar.Mode & AnyExecuteBits) != 0);
        // A tar header gives the true size; a zip read as a stream may not know it before its data.
        if (entry is TarEntry && entry.Size <= QueuedFileLimit)
        {
            target.WriteLater(path, ReadContent(reader, entry.Size), executable, entry.Key!);
            return;
        }
        using (var output = target.CreateFile(path, entry.Key!))
        {
            reader.WriteEntryTo(output);
        }
        if (executable)
        {
            MakeExecutable(path);
        }
    }

    private static byte[] ReadContent(IReader reader, long size)
    {
        var content = new byte[size];
        using var entryStream = reader.OpenEntryStream();
        int length = 0;
        int read;
        while (length < content.Length && (read = entryStream.Read(content, length, content.Length - length)) > 0)
        {
            length += read;
        }
        return length == content.Length ? content : throw new EndOfStreamException($"the archive ends inside '{reader.Entry.Key}'");
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

    /// <summary>Whether the package starts with gzip's magic bytes, as every .tar.gz does.</summary>
    private static bool IsGzip(FileStream file)
    {
        int first = file.ReadByte();
        int second = file.ReadByte();
        file.Position = 0;
        return first == 0x1f && second == 0x8b;
    }

    /// <summary>
    /// The platform's GZipStream (native zlib) inflates several times faster than SharpCompress's managed inflater,
    /// which then only reads the tar; inflating ahead on another thread lets the two halves run side by side.
    /// </summary>
    private static Stream Inflating(FileStream file) =>
        new ReadAheadStream(new GZipStream(file, CompressionMode.Decompress), InflatedChunkSize, InflatedChunksAhead);

    private static bool IsFormatProblem(Exception e) =>
        e is SharpCompressException || e is InvalidDataException || e is EndOfStreamException || e is FormatException || e is NotSupportedException;

    /// <summary>
    /// The folder being filled, the folders below it already known to be real folders (not links), and the files
    /// queued for writing. Entries are applied in archive order: one that touches the path of a queued file waits
    /// for the queue first, so a later entry still replaces an earlier one and a folder still refuses a file.
    /// </summary>
    private sealed class ExtractionTarget
    {
        private readonly HashSet<string> _checkedDirectories;
        private readonly HashSet<string> _queuedFiles;
        private readonly string _archiveName;
        private readonly FileWriteQueue _writes;

        public ExtractionTarget(string root, string archiveName, FileWriteQueue writes)
        {
            Root = root;
            _archiveName = archiveName;
            _writes = writes;
            var comparer = HostPlatform.IsWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            _checkedDirectories = new HashSet<string>(comparer) { root };
            _queuedFiles = new HashSet<string>(comparer);
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
                Settle(directory);
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
            if (attributes == NoFile)
            {
                return; // nothing there
            }
            if (attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                throw Refuse(entry, "is a file where an earlier entry made a folder");
            }
            info.Delete();
        }

        /// <summary>Waits for the queued writes when one of them is to <paramref name="path"/>.</summary>
        public void Settle(string path)
        {
            if (_queuedFiles.Contains(path))
            {
                _writes.Drain();
                _queuedFiles.Clear();
            }
        }

        /// <summary>Has the file written by the queue; its folder exists already.</summary>
        public void WriteLater(string path, byte[] content, bool executable, string entry)
        {
            _queuedFiles.Add(path);
            _writes.Enqueue(() =>
            {
                using (var output = CreateFile(path, entry))
                {
                    output.Write(content, 0, content.Length);
                }
                if (executable)
                {
                    MakeExecutable(path);
                }
            });
        }

        /// <summary>
        /// A new file at <paramref name="path"/>. Creating it exclusively never follows a link, so only a name an
        /// earlier entry already used costs more than one system call: that entry is removed and the file created again.
        /// </summary>
        public FileStream CreateFile(string path, string entry)
        {
            try
            {
                return CreateNew(path);
            }
            catch (IOException) when (Exists(path))
            {
                RemoveExisting(path, entry);
                return CreateNew(path);
            }
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

        // Unbuffered: the entry is copied in large blocks, which a buffer would only copy once more.
        private static FileStream CreateNew(string path) =>
            new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);

        private const FileAttributes NoFile = (FileAttributes)(-1);

        private static bool Exists(string path) => new FileInfo(path).Attributes != NoFile;

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
