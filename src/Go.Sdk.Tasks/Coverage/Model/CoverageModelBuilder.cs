using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;

namespace Go.Sdk.Tasks.Coverage.Model;

/// <summary>
/// Builds the coverage model from a merged profile: finds each covered file on disk, scans it for functions, and
/// gives each block to the function whose extent holds the block's start.
/// </summary>
public static class CoverageModelBuilder
{
    /// <remarks>A function with no block in the profile is left out; lines outside any function are kept.</remarks>
    /// <param name="locate">Maps a profile file name to the file on disk, or null when it cannot be found; called from several threads.</param>
    public static CoverageReport Build(MergedCoverProfile profile, Func<string, string?> locate) =>
        Build(profile, new SourceScans(locate));

    /// <param name="sources">The covered files' functions, usually started while the profile was read.</param>
    public static CoverageReport Build(MergedCoverProfile profile, SourceScans sources)
    {
        // Reading and scanning the sources is most of the work, and each file stands alone.
        var files = new CoverageFile[profile.Files.Count];
        Parallel.For(0, files.Length, i => files[i] = BuildFile(profile.Files[i], sources.Get(profile.Files[i].FileName)));
        var packages = files
            .GroupBy(f => f.PackagePath, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoveragePackage(g.Key, g.ToList()))
            .ToList();
        return new CoverageReport(profile.Mode, packages);
    }

    private static CoverageFile BuildFile(FileProfile file, ScannedSource source)
    {
        var blocks = file.Blocks;
        var lines = CoverageLine.FromBlocks(blocks);
        var counts = CoverageCounts.Of(lines, blocks, 0, blocks.Count);
        return new CoverageFile(file.FileName, source.FullPath, BuildFunctions(source.Functions, blocks, lines), lines, counts);
    }

    // Functions and blocks are both sorted and functions do not overlap, so one pass pairs them, and the blocks
    // of one function are a contiguous run.
    private static List<CoverageFunction> BuildFunctions(IReadOnlyList<GoFunction> extents, IReadOnlyList<ProfileBlock> blocks, CoverageLine[] fileLines)
    {
        var functions = new List<CoverageFunction>(extents.Count);
        int next = 0;
        foreach (var extent in extents)
        {
            while (next < blocks.Count && !extent.Contains(blocks[next].StartLine, blocks[next].StartColumn)
                   && !extent.EndsBefore(blocks[next].StartLine, blocks[next].StartColumn))
            {
                next++;
            }
            int first = next;
            while (next < blocks.Count && extent.Contains(blocks[next].StartLine, blocks[next].StartColumn))
            {
                next++;
            }
            if (next == first)
            {
                // No block: the profile was not recorded from this version of the file. Reporting the function as
                // fully covered (nothing to cover) would be wrong, so it is left out.
                continue;
            }
            var lines = LinesOf(fileLines, blocks, first, next - first);
            functions.Add(new CoverageFunction(extent.Name, extent.Signature, extent.StartLine, extent.EndLine, lines,
                CoverageCounts.Of(lines, blocks, first, next - first)));
        }
        return functions;
    }

    // A function's lines are the file's lines its blocks span: the same hits the class shows, so a report never
    // disagrees with itself about a line two functions share (func a() {}; func b() {}).
    private static CoverageLine[] LinesOf(CoverageLine[] fileLines, IReadOnlyList<ProfileBlock> blocks, int start, int count)
    {
        int firstLine = blocks[start].StartLine, lastLine = firstLine;
        for (int i = start; i < start + count; i++)
        {
            lastLine = Math.Max(lastLine, blocks[i].EndLine);
        }
        int from = Array.BinarySearch(fileLines, new CoverageLine(firstLine, 0, 0), CoverageLine.ByNumber);
        int to = Array.BinarySearch(fileLines, new CoverageLine(lastLine, 0, 0), CoverageLine.ByNumber);
        var lines = new CoverageLine[to - from + 1];
        Array.Copy(fileLines, from, lines, 0, lines.Length);
        return lines;
    }
}
