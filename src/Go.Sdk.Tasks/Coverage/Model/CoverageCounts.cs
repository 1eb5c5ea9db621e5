using System.Collections.Generic;
using Go.Sdk.Tasks.Coverage.Profiles;

namespace Go.Sdk.Tasks.Coverage.Model;

/// <summary>
/// Covered and coverable lines (what Cobertura reports) and statements (what <c>go test -cover</c> and
/// <c>go tool cover -func</c> report) of a function, file, package or the whole report.
/// </summary>
public readonly record struct CoverageCounts(int LinesCovered, int LinesValid, int StatementsCovered, int StatementsValid)
{
    /// <summary>Covered lines / coverable lines; 1 when nothing is coverable, as there is nothing left to cover.</summary>
    public double LineRate => Rate(LinesCovered, LinesValid);

    /// <summary>Covered statements / statements, the figure Go prints; 1 when there are none.</summary>
    public double StatementRate => Rate(StatementsCovered, StatementsValid);

    public static CoverageCounts operator +(CoverageCounts a, CoverageCounts b) => new(
        a.LinesCovered + b.LinesCovered, a.LinesValid + b.LinesValid,
        a.StatementsCovered + b.StatementsCovered, a.StatementsValid + b.StatementsValid);

    /// <summary>The counts of lines tallied from <paramref name="count"/> blocks starting at <paramref name="start"/>.</summary>
    public static CoverageCounts Of(IReadOnlyList<CoverageLine> lines, IReadOnlyList<ProfileBlock> blocks, int start, int count)
    {
        int linesCovered = 0, statements = 0, statementsCovered = 0;
        foreach (var line in lines)
        {
            if (line.Hits > 0) linesCovered++;
        }
        for (int i = start; i < start + count; i++)
        {
            statements += blocks[i].Statements;
            if (blocks[i].Count > 0) statementsCovered += blocks[i].Statements;
        }
        return new CoverageCounts(linesCovered, lines.Count, statementsCovered, statements);
    }

    public static CoverageCounts Sum<T>(IEnumerable<T> parts, System.Func<T, CoverageCounts> counts)
    {
        var sum = default(CoverageCounts);
        foreach (var part in parts)
        {
            sum += counts(part);
        }
        return sum;
    }

    private static double Rate(int covered, int valid) => valid == 0 ? 1.0 : (double)covered / valid;
}
