using System.Globalization;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// One counted block of a Go source file: a run of statements from (<see cref="StartLine"/>, <see cref="StartColumn"/>)
/// up to (<see cref="EndLine"/>, <see cref="EndColumn"/>), 1-based with byte columns, as <c>go test</c> records it.
/// </summary>
public readonly struct ProfileBlock
{
    public ProfileBlock(int startLine, int startColumn, int endLine, int endColumn, int statements, long count)
    {
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
        Statements = statements;
        Count = count;
    }

    public int StartLine { get; }
    public int StartColumn { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
    public int Statements { get; }

    /// <summary>How often the block ran (0 or 1 in <see cref="CoverMode.Set"/> mode).</summary>
    public long Count { get; }

    public bool HasSameExtent(in ProfileBlock other) =>
        StartLine == other.StartLine && StartColumn == other.StartColumn && EndLine == other.EndLine && EndColumn == other.EndColumn;

    public ProfileBlock WithCount(long count) => new(StartLine, StartColumn, EndLine, EndColumn, Statements, count);

    /// <summary>The block's place as Go writes it: <c>12.5,14.2</c>.</summary>
    public string Extent => string.Format(CultureInfo.InvariantCulture, "{0}.{1},{2}.{3}", StartLine, StartColumn, EndLine, EndColumn);

    /// <summary>Go's order: by start line, then start column (the end breaks ties so the order is total).</summary>
    public static int CompareByStart(ProfileBlock a, ProfileBlock b)
    {
        int c = a.StartLine.CompareTo(b.StartLine);
        if (c == 0) c = a.StartColumn.CompareTo(b.StartColumn);
        if (c == 0) c = a.EndLine.CompareTo(b.EndLine);
        if (c == 0) c = a.EndColumn.CompareTo(b.EndColumn);
        return c;
    }
}
