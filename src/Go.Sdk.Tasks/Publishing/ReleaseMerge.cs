using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// The fan-in of a release built by several CI jobs, each publishing one slice of <c>GoTargetPlatforms</c> with its
/// own archives and <c>SHA256SUMS</c>: every listed file is verified against its line, copied into one folder, and
/// one <c>SHA256SUMS</c> over all of them is written there — the same release a single matrix publish would give.
/// The same name from two jobs is accepted only with the same bytes (a reproducible archive built twice).
/// </summary>
public static class ReleaseMerge
{
    /// <returns>The merged files in <paramref name="destinationDirectory"/>, ordered by name (SHA256SUMS not included).</returns>
    public static IReadOnlyList<string> Merge(IEnumerable<string> checksumFiles, string destinationDirectory, CancellationToken cancellationToken = default)
    {
        var chosen = new SortedDictionary<string, ReleaseChecksumLine>(StringComparer.Ordinal);
        foreach (var line in checksumFiles.SelectMany(ReleaseChecksumListing.Read))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Verify(line, cancellationToken);
            if (!chosen.TryGetValue(line.Name, out var first))
            {
                chosen.Add(line.Name, line);
            }
            else if (first.Hash != line.Hash)
            {
                throw new GoSdkException(Messages.ConflictingReleaseFiles(line.Name, first.FilePath, first.Hash, line.FilePath, line.Hash));
            }
        }

        var merged = chosen.Values.Select(line => (line.Name, Path: CopyInto(destinationDirectory, line))).ToList();
        Sha256Sums.Write(Path.Combine(destinationDirectory, "SHA256SUMS"), merged);
        return merged.Select(m => m.Path).ToList();
    }

    private static void Verify(ReleaseChecksumLine line, CancellationToken cancellationToken)
    {
        var path = line.FilePath;
        if (!File.Exists(path))
        {
            throw new GoSdkException(Messages.ReleaseFileMissing(line.ChecksumFile, line.LineNumber, line.Name, path));
        }
        var actual = Toolchain.Trust.Sha256Hash.OfFile(path, cancellationToken);
        if (actual != line.Hash)
        {
            throw new GoSdkException(Messages.ReleaseFileChanged(line.ChecksumFile, line.LineNumber, line.Name, line.Hash, actual));
        }
    }

    /// <summary>Merging in place (a job's own folder as the destination) leaves that job's files where they are.</summary>
    private static string CopyInto(string destinationDirectory, ReleaseChecksumLine line)
    {
        var target = Path.GetFullPath(Path.Combine(destinationDirectory, line.Name.Replace('/', Path.DirectorySeparatorChar)));
        var source = Path.GetFullPath(line.FilePath);
        if (!string.Equals(source, target, StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
        return target;
    }
}
