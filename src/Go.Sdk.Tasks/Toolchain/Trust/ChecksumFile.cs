using System;
using System.Collections.Generic;
using System.IO;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// Reads the two checksum line formats Go.Sdk trusts, in any mix within one file:
/// <c>sha256sum</c> output (<c>&lt;hex&gt;  go1.22.12.linux-amd64.tar.gz</c>, binary-mode <c>*</c> allowed) and
/// go.sum lines (<c>golang.org/toolchain v0.0.1-go1.22.12.linux-amd64 h1:…=</c>). Blank lines and <c>#</c> comments
/// are skipped; any other line is reported as malformed (<see cref="ChecksumFormatException"/>) rather than silently
/// ignored, because a typo in a trust file must not quietly leave a download unverifiable.
/// </summary>
public static class ChecksumFile
{
    public static IReadOnlyList<ChecksumEntry> Read(string path, string source)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, source, path);
    }

    public static IReadOnlyList<ChecksumEntry> Parse(TextReader reader, string source, string? fileNameForErrors = null)
    {
        var entries = new List<ChecksumEntry>();
        int number = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            entries.Add(ParseLine(text, source)
                ?? throw new ChecksumFormatException(fileNameForErrors ?? source, number, text));
        }
        return entries;
    }

    private static ChecksumEntry? ParseLine(string text, string source)
    {
        var fields = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 3 && fields[2].StartsWith("h1:", StringComparison.Ordinal))
        {
            return new ChecksumEntry($"{fields[0]}@{fields[1]}", ChecksumKind.H1, fields[2], source);
        }
        if (fields.Length == 2 && IsSha256Hex(fields[0]))
        {
            return new ChecksumEntry(FileNameOf(fields[1].TrimStart('*')), ChecksumKind.Sha256, fields[0].ToLowerInvariant(), source);
        }
        return null;
    }

    /// <summary>
    /// <c>sha256sum dist/go1.22.12.linux-amd64.tar.gz</c> prints the path it was given; the checksum is about the
    /// archive, which Go.Sdk looks up by file name wherever it was downloaded to.
    /// </summary>
    private static string FileNameOf(string path) =>
        path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

    internal static bool IsSha256Hex(string s)
    {
        if (s.Length != 64)
        {
            return false;
        }
        foreach (char c in s)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
