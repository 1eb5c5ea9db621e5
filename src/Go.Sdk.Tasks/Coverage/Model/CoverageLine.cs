using System;
using System.Collections.Generic;
using Go.Sdk.Tasks.Coverage.Profiles;

namespace Go.Sdk.Tasks.Coverage.Model;

/// <summary>
/// A coverable source line: <see cref="Hits"/> is the highest count of the blocks covering it (a line split between
/// a run and a skipped block counts as run, as Go's Cobertura converters do), <see cref="Statements"/> the
/// statements of the blocks starting on it.
/// </summary>
public readonly record struct CoverageLine(int Number, long Hits, int Statements)
{
    /// <summary>Orders lines by number.</summary>
    public static IComparer<CoverageLine> ByNumber { get; } = Comparer<CoverageLine>.Create((a, b) => a.Number.CompareTo(b.Number));

    /// <summary>The lines covered by a file's blocks (sorted by start), by number.</summary>
    public static CoverageLine[] FromBlocks(IReadOnlyList<ProfileBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return Array.Empty<CoverageLine>();
        }
        int first = blocks[0].StartLine, last = first;
        foreach (var b in blocks)
        {
            last = Math.Max(last, b.EndLine);
        }

        var hits = new long[last - first + 1];
        var statements = new int[hits.Length];
        for (int i = 0; i < hits.Length; i++)
        {
            hits[i] = -1; // not covered by any block: not a coverable line
        }
        foreach (var b in blocks)
        {
            statements[b.StartLine - first] += b.Statements;
            for (int line = b.StartLine; line <= b.EndLine; line++)
            {
                hits[line - first] = Math.Max(hits[line - first], b.Count);
            }
        }

        var lines = new List<CoverageLine>(hits.Length);
        for (int i = 0; i < hits.Length; i++)
        {
            if (hits[i] >= 0)
            {
                lines.Add(new CoverageLine(first + i, hits[i], statements[i]));
            }
        }
        return lines.ToArray();
    }
}
