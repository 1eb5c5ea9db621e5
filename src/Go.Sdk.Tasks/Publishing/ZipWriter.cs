using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Writes a zip whose bytes depend only on the entries: deflated files, one DOS time for all, Unix modes in the
/// external attributes ("made by" Unix, so unzip and tools on Unix restore 0755), no extra fields, no comment.
/// Sizes and CRCs are patched into each local header, so there are no data descriptors; no Zip64, hence the limits.
/// </summary>
internal static class ZipWriter
{
    private const long MaxSize = 0xFFFFFFFF;
    private const ushort VersionMadeBy = (3 << 8) | 20; // Unix, zip 2.0
    private const ushort VersionNeeded = 20;             // deflate
    private const ushort Utf8NameFlag = 0x0800;

    private sealed record Written(ArchiveEntry Entry, byte[] Name, ushort Flags, ushort Method, uint Crc, long CompressedSize, long Size, long Offset);

    /// <param name="output">A seekable stream: each local header is completed once its data is written.</param>
    /// <param name="mtime">Unix seconds; a zip cannot hold times before 1980 or after 2107, so they are clamped.</param>
    public static void Write(Stream output, IReadOnlyList<ArchiveEntry> entries, long mtime)
    {
        if (entries.Count > ushort.MaxValue)
        {
            throw new GoSdkException(Messages.TooManyZipEntries(entries.Count, ushort.MaxValue));
        }
        var (time, date) = DosTime(mtime);
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        var written = entries.Select(entry => WriteLocal(writer, entry, time, date)).ToList();

        var directoryOffset = output.Position;
        foreach (var w in written)
        {
            writer.Write(0x02014B50u);
            writer.Write(VersionMadeBy);
            WriteCommon(writer, w, time, date);
            writer.Write((ushort)0); // comment length
            writer.Write((ushort)0); // disk number
            writer.Write((ushort)0); // internal attributes
            var unixType = w.Entry.IsDirectory ? 0x4000 : 0x8000;
            writer.Write((uint)((unixType | w.Entry.Mode) << 16) | (w.Entry.IsDirectory ? 0x10u : 0u)); // + MS-DOS directory bit
            writer.Write(Checked(w.Offset, w.Entry));
            writer.Write(w.Name);
        }
        var directorySize = output.Position - directoryOffset;

        writer.Write(0x06054B50u);
        writer.Write((ushort)0); // this disk
        writer.Write((ushort)0); // disk with the central directory
        writer.Write((ushort)written.Count);
        writer.Write((ushort)written.Count);
        writer.Write((uint)directorySize);
        writer.Write(Checked(directoryOffset, written.LastOrDefault()?.Entry));
        writer.Write((ushort)0); // comment length
    }

    private static Written WriteLocal(BinaryWriter writer, ArchiveEntry entry, ushort time, ushort date)
    {
        var output = writer.BaseStream;
        var name = Encoding.UTF8.GetBytes(entry.IsDirectory ? entry.Name + "/" : entry.Name);
        var flags = name.Any(b => b >= 0x80) ? Utf8NameFlag : (ushort)0;
        var method = entry.IsDirectory ? (ushort)0 : (ushort)8;
        var offset = output.Position;
        var placeholder = new Written(entry, name, flags, method, 0, 0, 0, offset);
        writer.Write(0x04034B50u);
        WriteCommon(writer, placeholder, time, date);
        writer.Write(name);
        if (entry.IsDirectory)
        {
            return placeholder;
        }

        var dataStart = output.Position;
        uint crc;
        long size;
        using (var source = new FileStream(entry.SourcePath!, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            if (source.Length > MaxSize)
            {
                throw new GoSdkException(Messages.ArchiveEntryTooLarge(entry.SourcePath!, source.Length, "zip", MaxSize));
            }
            writer.Flush();
            using (var deflate = Deflate.Compressor(output))
            {
                var counting = new WriteThroughStream(deflate);
                source.CopyTo(counting);
                crc = counting.Crc;
                size = counting.BytesWritten;
            }
        }
        var end = output.Position;
        var complete = placeholder with { Crc = crc, CompressedSize = end - dataStart, Size = size };
        output.Position = offset + 4;
        WriteCommon(writer, complete, time, date);
        writer.Flush();
        output.Position = end;
        return complete;
    }

    // The fields a local header and a central directory record share, from "version needed" to "extra length".
    private static void WriteCommon(BinaryWriter writer, Written w, ushort time, ushort date)
    {
        writer.Write(VersionNeeded);
        writer.Write(w.Flags);
        writer.Write(w.Method);
        writer.Write(time);
        writer.Write(date);
        writer.Write(w.Crc);
        writer.Write(Checked(w.CompressedSize, w.Entry));
        writer.Write(Checked(w.Size, w.Entry));
        writer.Write((ushort)w.Name.Length);
        writer.Write((ushort)0); // extra field length
    }

    private static uint Checked(long value, ArchiveEntry? entry) =>
        value <= MaxSize
            ? (uint)value
            : throw new GoSdkException(Messages.ArchiveEntryTooLarge(entry?.SourcePath ?? entry?.Name ?? "the archive", value, "zip", MaxSize));

    // MS-DOS date and time, 2-second resolution, read as UTC here: there is no zone in the format.
    private static (ushort Time, ushort Date) DosTime(long unixSeconds)
    {
        var t = ArchiveTimestamp.ToUtc(Math.Min(Math.Max(unixSeconds, ArchiveTimestamp.Default), 4354819198 /* 2107-12-31T23:59:58Z */));
        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }
}
