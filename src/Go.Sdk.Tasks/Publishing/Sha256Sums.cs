using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// A <c>SHA256SUMS</c> file as <c>sha256sum</c> writes and <c>sha256sum -c</c> checks it: <c>&lt;hex&gt;  &lt;name&gt;</c>
/// per file, sorted ordinally by name, LF line ends, UTF-8 without BOM — so it is as reproducible as the files it lists.
/// </summary>
public static class Sha256Sums
{
    /// <param name="outputFile">The file to write.</param>
    /// <param name="files">Each file's name in the listing (normally its file name) and its path.</param>
    public static void Write(string outputFile, IEnumerable<(string Name, string Path)> files)
    {
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in files)
        {
            if (name.Length == 0 || name.Any(c => c is '\n' or '\r' or '\\'))
            {
                throw new GoSdkException(Messages.InvalidChecksumName(name));
            }
            if (sources.TryGetValue(name, out var first))
            {
                throw new GoSdkException(Messages.DuplicateArchiveEntry(name, first, path));
            }
            sources.Add(name, path);
            lines.Add(name, Hash(path) + "  " + name + "\n");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
        File.WriteAllText(outputFile, string.Concat(lines.Values), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The lower-case hex SHA-256 of a file's bytes (the same hash toolchain downloads are verified with).</summary>
    public static string Hash(string path) => Toolchain.Trust.Sha256Hash.OfFile(path);
}
