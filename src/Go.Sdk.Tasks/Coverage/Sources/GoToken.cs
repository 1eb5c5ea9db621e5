namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>What the function scanner needs to tell Go tokens apart; operators are single bytes here.</summary>
internal enum GoTokenKind
{
    Identifier,
    Literal,
    Punctuation,
}

/// <summary>
/// One token of Go source: where it is (byte offset, 1-based line, 1-based byte column, as go/token counts them)
/// and what came before it, which decides automatic semicolons and spacing.
/// </summary>
/// <param name="NewlineBefore">A line break (or a comment spanning lines) separates this token from the previous one.</param>
/// <param name="GapBefore">Whitespace or a comment separates this token from the previous one.</param>
internal readonly record struct GoToken(GoTokenKind Kind, int Offset, int Length, int Line, int Column, bool NewlineBefore, bool GapBefore)
{
    /// <summary>Go inserts a semicolon after such a token at the end of a line (the spec's rule, minus keywords
    /// like <c>return</c> and <c>++</c> that cannot end a top-level declaration).</summary>
    public bool EndsStatementAtNewline(byte[] source) =>
        Kind != GoTokenKind.Punctuation || Is(source, ')') || Is(source, ']') || Is(source, '}');

    public bool Is(byte[] source, char punctuation) =>
        Kind == GoTokenKind.Punctuation && source[Offset] == punctuation;

    public bool IsIdentifier(byte[] source, string word)
    {
        if (Kind != GoTokenKind.Identifier || Length != word.Length)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i++)
        {
            if (source[Offset + i] != word[i])
            {
                return false;
            }
        }
        return true;
    }
}
