using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Writes a release archive (tar.gz or zip) that is byte-identical whenever its files' contents are: entries in
/// ordinal order with their parent folders, one fixed time (<see cref="ArchiveTimestamp"/>), modes 0755/0644 by
/// kind rather than as found on disk, owner 0 with no names, and compression that is the same on every runtime.
/// </summary>
public static class DeterministicArchive
{
    /// <param name="archivePath">The archive to write; replaced only once it is complete.</param>
    /// <param name="format">tar.gz or zip.</param>
    /// <param name="files">Files only; their folders are added.</param>
    /// <param name="mtime">Unix seconds for every entry (see <see cref="ArchiveTimestamp.Parse"/>).</param>
    public static void Create(string archivePath, ArchiveFormat format, IEnumerable<ArchiveEntry> files, long mtime)
    {
        var entries = Plan(files);
        var directory = Path.GetDirectoryName(Path.GetFullPath(archivePath))!;
        Directory.CreateDirectory(directory);
        var partial = Path.Combine(directory, "." + Path.GetFileName(archivePath) + ".partial");
        try
        {
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                if (format == ArchiveFormat.Zip)
                {
                    ZipWriter.Write(output, entries, mtime);
                }
                else
                {
                    TarGzWriter.Write(output, entries, mtime);
                }
            }
            if (File.Exists(archivePath))
            {
                File.Delete(archivePath);
            }
            File.Move(partial, archivePath);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>
    /// The entries in the order they are written: names checked and '/'-separated, every parent folder added, and
    /// everything sorted ordinally, so the order never depends on the file system or the item list.
    /// </summary>
    public static IReadOnlyList<ArchiveEntry> Plan(IEnumerable<ArchiveEntry> files)
    {
        var byName = new Dictionary<string, ArchiveEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = CheckedName(file.Name);
            if (byName.TryGetValue(name, out var earlier))
            {
                throw new GoSdkException(Messages.DuplicateArchiveEntry(name, earlier.SourcePath ?? name + "/", file.SourcePath ?? name + "/"));
            }
            byName.Add(name, file with { Name = name });
        }
        var folders = new Dictionary<string, ArchiveEntry>(StringComparer.Ordinal);
        foreach (var name in byName.Keys)
        {
            for (var slash = name.IndexOf('/'); slash > 0; slash = name.IndexOf('/', slash + 1))
            {
                var folder = name.Substring(0, slash);
                if (byName.TryGetValue(folder, out var clash))
                {
                    throw new GoSdkException(Messages.DuplicateArchiveEntry(folder, clash.SourcePath ?? folder, "the folder of " + byName[name].SourcePath));
                }
                folders[folder] = new ArchiveEntry(folder, null, true);
            }
        }
        // Sorted by the name as written ("a/" for a folder), so a folder comes right before its contents.
        return byName.Values.Concat(folders.Values)
            .OrderBy(e => e.IsDirectory ? e.Name + "/" : e.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether a file gets mode 0755 when no one says: an ELF, PE or Mach-O binary, or a script starting with
    /// <c>#!</c>. Read from the bytes, because the mode on disk differs between machines (and Windows has none).
    /// </summary>
    public static bool LooksExecutable(string path)
    {
        if (BinaryInspector.Inspect(path).Format != BinaryFormat.Unknown)
        {
            return true;
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return stream.ReadByte() == '#' && stream.ReadByte() == '!';
    }

    private static string CheckedName(string name)
    {
        var normalized = (name ?? "").Replace('\\', '/');
        var segments = normalized.Split('/');
        var problem =
            normalized.Length == 0 ? "it is empty"
            : normalized.StartsWith("/", StringComparison.Ordinal) || (normalized.Length > 1 && normalized[1] == ':') ? "it is an absolute path"
            : segments.Any(s => s is "" or "." or "..") ? "it has an empty, '.' or '..' part"
            : normalized.Any(char.IsControl) ? "it holds a control character"
            : null;
        return problem is null ? normalized : throw new GoSdkException(Messages.InvalidArchiveEntryName(name ?? "", problem));
    }
}
