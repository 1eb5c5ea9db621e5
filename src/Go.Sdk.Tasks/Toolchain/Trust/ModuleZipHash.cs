using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// Go's <c>h1:</c> hash of a module zip, the value go.sum and the checksum database record (golang.org/x/mod
/// dirhash Hash1): for every entry name in byte order, the line <c>hex(sha256(content)) + "  " + name + "\n"</c>;
/// then <c>"h1:" + base64(sha256(all lines))</c>.
/// </summary>
public static class ModuleZipHash
{
    public const string Prefix = "h1:";

    public static string OfFile(string zipPath, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        return OfStream(stream, zipPath, cancellationToken);
    }

    /// <param name="zip">A seekable stream holding the zip.</param>
    /// <param name="nameForErrors">How an error names the zip (usually its path).</param>
    public static string OfStream(Stream zip, string nameForErrors, CancellationToken cancellationToken = default)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
            var entries = IndexByName(archive.Entries, nameForErrors);
            var summary = new StringBuilder();
            foreach (var name in entries.Keys.OrderBy(n => n, Utf8ByteOrder.Instance))
            {
                using var content = entries[name].Open();
                summary.Append(Sha256Hash.OfStream(content, cancellationToken)).Append("  ").Append(name).Append('\n');
            }
            return Prefix + Convert.ToBase64String(Sha256Hash.Digest(Encoding.UTF8.GetBytes(summary.ToString())));
        }
        catch (InvalidDataException e)
        {
            throw new GoSdkException(Messages.UnreadableModuleZip(nameForErrors, e.Message), e);
        }
    }

    // Go's hash would silently cover only the last of two same-named entries while an extractor may write the
    // first; no genuine module zip has duplicates (cmd/go refuses to create them), so refusing them is free.
    // A newline in a name would let one entry forge another's line of the summary, which is why Go rejects it too.
    private static Dictionary<string, ZipArchiveEntry> IndexByName(IEnumerable<ZipArchiveEntry> entries, string zipName)
    {
        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.FullName.IndexOf('\n') >= 0)
            {
                throw new GoSdkException(Messages.UnreadableModuleZip(zipName, $"the entry name '{entry.FullName.Replace("\n", "\\n")}' contains a newline"));
            }
            if (byName.ContainsKey(entry.FullName))
            {
                throw new GoSdkException(Messages.UnreadableModuleZip(zipName, $"the entry '{entry.FullName}' occurs twice"));
            }
            byName.Add(entry.FullName, entry);
        }
        return byName;
    }

    /// <summary>Go sorts strings by their UTF-8 bytes, which differs from UTF-16 ordinal order above U+D7FF.</summary>
    private sealed class Utf8ByteOrder : IComparer<string>
    {
        public static readonly Utf8ByteOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = Encoding.UTF8.GetBytes(x ?? "");
            var b = Encoding.UTF8.GetBytes(y ?? "");
            int common = Math.Min(a.Length, b.Length);
            for (int i = 0; i < common; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }
            return a.Length.CompareTo(b.Length);
        }
    }
}
