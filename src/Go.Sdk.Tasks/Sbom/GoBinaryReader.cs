using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Reads a Go binary's embedded build information and its SHA-256 in one pass over the file, without running
/// <c>go</c>, so it works the same for every GOOS/GOARCH (ELF, PE, Mach-O, and the object inside a c-archive).
/// </summary>
/// <remarks>
/// Since Go 1.18 the linker writes a blob that starts with the 14-byte magic <c>\xff Go buildinf:</c>, a pointer-size
/// byte and a flags byte; flag 0x2 means the 32-byte header is followed by two strings, each prefixed with its
/// length as an unsigned varint: the toolchain version, then the module text wrapped in two 16-byte sentinels
/// (Go's src/debug/buildinfo). Instead of walking each format's section table, the file is scanned for the magic
/// while it is hashed; a match only counts when what follows decodes as that layout, so the same bytes inside
/// read-only data (a program that embeds the magic string) are skipped.
/// </remarks>
public static class GoBinaryReader
{
    private static readonly byte[] Magic = new byte[] { 0xFF }.Concat(Encoding.ASCII.GetBytes(" Go buildinf:")).ToArray();
    private const int HeaderSize = 32;
    private const int FlagsOffset = 15;
    private const byte FlagsInlineStrings = 0x2;
    private const int SentinelSize = 16;
    private const int MaxVersionLength = 1024;
    // Far above any real module list (a few hundred bytes per module); bounds what a false match could make us read.
    private const int MaxModInfoLength = 64 << 20;
    private const int ChunkSize = 1 << 20;

    /// <summary>Hashes <paramref name="path"/> and reads its build information; a file that has none is an error the user can fix.</summary>
    public static GoBinary Read(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new GoSdkException(Messages.SbomBinaryNotFound(path));
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        var (sha256, candidates) = HashAndFindMagic(stream, cancellationToken);
        var sawOldFormat = false;
        foreach (var offset in candidates)
        {
            var blob = TryReadBlob(stream, offset, out var oldFormat);
            sawOldFormat |= oldFormat;
            if (blob is { } found)
            {
                return new GoBinary(sha256, ModInfoParser.Parse(found.Version, found.ModInfo, path));
            }
        }
        throw new GoSdkException(sawOldFormat ? Messages.GoBuildInfoTooOld(path) : Messages.NoGoBuildInfo(path));
    }

    private static (string Sha256, List<long> Candidates) HashAndFindMagic(Stream stream, CancellationToken cancellationToken)
    {
        using var sha = SHA256.Create();
        var candidates = new List<long>();
        // The last Magic.Length - 1 bytes of the previous chunk stay in front, so a magic split across chunks is found.
        var carry = Magic.Length - 1;
        var buffer = new byte[carry + ChunkSize];
        var kept = 0;
        long position = 0;
        int read;
        while ((read = stream.Read(buffer, kept, ChunkSize)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sha.TransformBlock(buffer, kept, read, null, 0);
            var length = kept + read;
            var windowStart = position - kept;
            for (var i = Array.IndexOf(buffer, Magic[0], 0, length); i >= 0 && i <= length - Magic.Length; i = Array.IndexOf(buffer, Magic[0], i + 1, length - i - 1))
            {
                if (StartsWithMagic(buffer, i))
                {
                    candidates.Add(windowStart + i);
                }
            }
            position += read;
            kept = Math.Min(carry, length);
            Buffer.BlockCopy(buffer, length - kept, buffer, 0, kept);
        }
        sha.TransformFinalBlock(buffer, 0, 0);
        return (Toolchain.Trust.Sha256Hash.ToHex(sha.Hash!), candidates);
    }

    private static bool StartsWithMagic(byte[] buffer, int at)
    {
        for (var j = 1; j < Magic.Length; j++)
        {
            if (buffer[at + j] != Magic[j])
            {
                return false;
            }
        }
        return true;
    }

    private static (string Version, string ModInfo)? TryReadBlob(Stream stream, long offset, out bool oldFormat)
    {
        oldFormat = false;
        stream.Position = offset;
        var header = ReadBytes(stream, HeaderSize);
        if (header.Length < HeaderSize)
        {
            return null;
        }
        if ((header[FlagsOffset] & FlagsInlineStrings) == 0)
        {
            // Before Go 1.18 the header held pointers into the data segment instead of the strings.
            oldFormat = header[FlagsOffset - 1] is 4 or 8;
            return null;
        }
        var versionBytes = ReadLengthPrefixed(stream, MaxVersionLength);
        if (versionBytes is null || Encoding.UTF8.GetString(versionBytes) is not { } version || !LooksLikeGoVersion(version))
        {
            return null;
        }
        var modInfo = ReadLengthPrefixed(stream, MaxModInfoLength);
        if (modInfo is null)
        {
            return null;
        }
        // The module text is wrapped in two 16-byte sentinels and ends with a line break; anything else means no modules.
        return modInfo.Length >= 2 * SentinelSize + 1 && modInfo[modInfo.Length - SentinelSize - 1] == (byte)'\n'
            ? (version, Encoding.UTF8.GetString(modInfo, SentinelSize, modInfo.Length - 2 * SentinelSize))
            : (version, "");
    }

    private static bool LooksLikeGoVersion(string version) =>
        (version.StartsWith("go", StringComparison.Ordinal) || version.StartsWith("devel", StringComparison.Ordinal))
        && version.IndexOfAny(new[] { '\n', '\0', '\t' }) < 0;

    /// <summary>Bytes prefixed by their count as an unsigned varint; null when the count is out of range.</summary>
    private static byte[]? ReadLengthPrefixed(Stream stream, int maxLength)
    {
        long length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = stream.ReadByte();
            if (b < 0 || shift > 35)
            {
                return null;
            }
            length |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }
        if (length > maxLength || length > stream.Length - stream.Position)
        {
            return null;
        }
        var bytes = ReadBytes(stream, (int)length);
        return bytes.Length == length ? bytes : null;
    }

    /// <summary>Up to <paramref name="count"/> bytes from the current position (fewer at the end of the file).</summary>
    private static byte[] ReadBytes(Stream stream, int count)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        return reader.ReadBytes(count);
    }
}

/// <summary>A Go binary's SHA-256 (lower-case hex) and the build information it carries.</summary>
public sealed record GoBinary(string Sha256, GoBuildInfo BuildInfo);
