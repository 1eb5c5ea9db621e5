using System.Globalization;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// One counted block of a Go source file: a run of statements from (<see cref="StartLine"/>, <see cref="StartColumn"/>)
/// up to (<see cref="EndLine"/>, <see cref="EndColumn"/>), 1-based with byte columns, as <c>go test</c> records it.
/// </summary>
/// <param name="Count">How often the block ran (0 or 1 in <see cref="CoverMode.Set"/> mode).</param>
public readonly record struct ProfileBlock(int StartLine, int StartColumn, int EndLine, int EndColumn, int Statements, long Count)
{
    public bool HasSameExtent(in ProfileBlock other) =>
        StartLine == other.StartLine && StartColumn == other.StartColumn && EndLine == other.EndLine && EndColumn == other.EndColumn;

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
