namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>
/// A top-level function or method with a body, from its <c>func</c> keyword to just past its closing brace
/// (go/ast's <c>Pos()</c> and <c>End()</c>, which <c>go tool cover -func</c> uses too).
/// </summary>
/// <param name="Name"><c>Parse</c>, <c>Stack.Len</c> or <c>(*Stack).Push</c>, as Go's runtime names them.</param>
/// <param name="Signature">Type parameters, parameters and results as written, spaces collapsed: <c>[T any](v T) error</c>.</param>
public sealed record GoFunction(string Name, string Signature, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Whether a block starting at (<paramref name="line"/>, <paramref name="column"/>) lies in this function.</summary>
    public bool Contains(int line, int column) =>
        (line > StartLine || (line == StartLine && column >= StartColumn))
        && (line < EndLine || (line == EndLine && column < EndColumn));

    /// <summary>Whether a position lies past this function's end.</summary>
    public bool EndsBefore(int line, int column) => line > EndLine || (line == EndLine && column >= EndColumn);
}
