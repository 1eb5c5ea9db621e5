using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Writes a gzip-compressed POSIX ustar archive whose bytes depend only on the entries: uid/gid 0, empty user and
/// group names, the given time and modes, and a gzip header with no file name, no time and OS byte 255 ("unknown").
/// </summary>
internal static class TarGzWriter
{
    private const int BlockSize = 512;
    private const int RecordSize = 20 * BlockSize; // tar's traditional blocking factor, what GNU and BSD tar write
    private const long MaxSize = 8589934591;       // 11 octal digits

    public static void Write(Stream output, IReadOnlyList<ArchiveEntry> entries, long mtime)
    {
        // gzip member header (RFC 1952): magic, deflate, no flags, MTIME 0, XFL 0, OS 255.
        output.Write(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF }, 0, 10);
        uint crc;
        long length;
        using (var deflate = Deflate.Compressor(output))
        {
            var tar = new WriteThroughStream(deflate);
            foreach (var entry in entries)
            {
                WriteEntry(tar, entry, mtime);
            }
            var end = 2 * BlockSize;
            var padding = (RecordSize - (tar.BytesWritten + end) % RecordSize) % RecordSize;
            tar.Write(new byte[end + padding], 0, (int)(end + padding));
            crc = tar.Crc;
            length = tar.BytesWritten;
        }
        using var trailer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true); // little-endian, as gzip wants
        trailer.Write(crc);
        trailer.Write((uint)length); // ISIZE is the length modulo 2^32
    }

    private static void WriteEntry(Stream tar, ArchiveEntry entry, long mtime)
    {
        using var source = entry.SourcePath is null ? null : new FileStream(entry.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        var size = source?.Length ?? 0;
        if (size > MaxSize)
        {
            throw new GoSdkException(Messages.ArchiveEntryTooLarge(entry.SourcePath!, size, "tar", MaxSize));
        }
        tar.Write(Header(entry, size, mtime), 0, BlockSize);
        if (source is not null)
        {
            source.CopyTo(tar);
            var padding = (int)((BlockSize - size % BlockSize) % BlockSize);
            tar.Write(new byte[padding], 0, padding);
        }
    }

    private static byte[] Header(ArchiveEntry entry, long size, long mtime)
    {
        var header = new byte[BlockSize];
        var (prefix, name) = SplitName(entry.IsDirectory ? entry.Name + "/" : entry.Name);
        Put(header, 0, 100, name);
        PutOctal(header, 100, 8, entry.Mode);
        PutOctal(header, 108, 8, 0); // uid
        PutOctal(header, 116, 8, 0); // gid
        PutOctal(header, 124, 12, size);
        PutOctal(header, 136, 12, mtime);
        header[156] = (byte)(entry.IsDirectory ? '5' : '0');
        Put(header, 257, 6, "ustar\0");
        Put(header, 263, 2, "00");
        PutOctal(header, 329, 8, 0); // devmajor
        PutOctal(header, 337, 8, 0); // devminor
        Put(header, 345, 155, prefix);

        // The checksum is the byte sum with its own field read as spaces; written as six digits, NUL, space.
        Put(header, 148, 8, "        ");
        var sum = 0;
        foreach (var b in header)
        {
            sum += b;
        }
        Put(header, 148, 8, Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ");
        return header;
    }

    // ustar keeps a long path as prefix (155 bytes) + "/" + name (100 bytes), split at a '/'.
    private static (byte[] Prefix, byte[] Name) SplitName(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        if (bytes.Length <= 100)
        {
            return (Array.Empty<byte>(), bytes);
        }
        for (var slash = Array.IndexOf(bytes, (byte)'/'); slash >= 0; slash = Array.IndexOf(bytes, (byte)'/', slash + 1))
        {
            var nameLength = bytes.Length - slash - 1;
            if (slash <= 155 && nameLength <= 100 && nameLength > 0)
            {
                var prefix = new byte[slash];
                var name = new byte[nameLength];
                Array.Copy(bytes, 0, prefix, 0, slash);
                Array.Copy(bytes, slash + 1, name, 0, nameLength);
                return (prefix, name);
            }
        }
        throw new GoSdkException(Messages.InvalidArchiveEntryName(path, "it is too long for a tar header (at most 100 bytes after the last 155-byte folder part)"));
    }

    private static void Put(byte[] header, int offset, int length, string text) =>
        Put(header, offset, length, Encoding.ASCII.GetBytes(text));

    private static void Put(byte[] header, int offset, int length, byte[] bytes) =>
        Array.Copy(bytes, 0, header, offset, Math.Min(length, bytes.Length));

    // Numeric fields: zero-padded octal filling all but the last byte, which is NUL.
    private static void PutOctal(byte[] header, int offset, int length, long value) =>
        Put(header, offset, length, Convert.ToString(value, 8).PadLeft(length - 1, '0') + "\0");
}
