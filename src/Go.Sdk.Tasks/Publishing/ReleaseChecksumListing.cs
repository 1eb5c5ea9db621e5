using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>One line of a release's <c>SHA256SUMS</c>, with the place it came from so errors can point at it.</summary>
/// <param name="Hash">Lower-case hex SHA-256.</param>
/// <param name="Name">The listed name, relative to the folder of <paramref name="ChecksumFile"/>, with '/' separators.</param>
public sealed record ReleaseChecksumLine(string Hash, string Name, string ChecksumFile, int LineNumber)
{
    /// <summary>Where the listed file sits: beside its SHA256SUMS, as <c>sha256sum -c</c> looks for it.</summary>
    public string FilePath => Path.Combine(Path.GetDirectoryName(ChecksumFile)!, Name.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>
/// Reads a <c>SHA256SUMS</c> a release job wrote (<see cref="Sha256Sums"/>), as <c>sha256sum -c</c> reads it:
/// <c>&lt;hex&gt;  &lt;name&gt;</c> (or <c>&lt;hex&gt; *&lt;name&gt;</c>, binary mode), the name being the rest of the
/// line, spaces included. Unlike a toolchain trust file (<see cref="ChecksumFile"/>) the name keeps its folders,
/// because the merge copies the file from exactly there. Blank lines are skipped; anything else is an error, so a
/// damaged listing can never merge into a release with fewer files.
/// </summary>
public static class ReleaseChecksumListing
{
    public static IReadOnlyList<ReleaseChecksumLine> Read(string checksumFile)
    {
        if (!File.Exists(checksumFile))
        {
            throw new GoSdkException(Messages.ReleaseChecksumFileMissing(checksumFile));
        }
        var lines = new List<ReleaseChecksumLine>();
        var number = 0;
        foreach (var text in File.ReadAllLines(checksumFile))
        {
            number++;
            if (text.Trim().Length == 0)
            {
                continue;
            }
            if (text.Length < 67 || !ChecksumFile.IsSha256Hex(text.Substring(0, 64)) || text[64] != ' ' || text[65] is not (' ' or '*'))
            {
                throw new GoSdkException(Messages.MalformedReleaseChecksumLine(checksumFile, number, text));
            }
            var name = text.Substring(66);
            if (!IsSafeRelativeName(name))
            {
                throw new GoSdkException(Messages.UnsafeReleaseFileName(checksumFile, number, name));
            }
            lines.Add(new ReleaseChecksumLine(text.Substring(0, 64).ToLowerInvariant(), name, checksumFile, number));
        }
        return lines;
    }

    /// <summary>A listing comes from another machine's job: it may name nothing outside its own folder.</summary>
    private static bool IsSafeRelativeName(string name) =>
        !name.StartsWith("/", StringComparison.Ordinal)
        && name.IndexOf('\\') < 0
        && name.IndexOf(':') < 0
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
