namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>What a <see cref="GoToken"/> is; the tokenizer tells no more than the declaration parser needs.</summary>
public enum GoTokenKind
{
    Identifier,
    /// <summary>A string, rune or number literal: skipped as a whole, so that no brace inside it is counted.</summary>
    Literal,
    /// <summary>An operator or punctuation, one or more characters (<c>(</c>, <c>...</c>, <c>&lt;-</c>).</summary>
    Punctuation,
    /// <summary>A <c>//</c> or <c>/* */</c> comment, kept for doc comments and directives.</summary>
    Comment,
}

/// <summary>One token of Go source, with the 1-based lines it starts and ends on.</summary>
public sealed record GoToken(GoTokenKind Kind, string Text, int Line, int EndLine, int Column)
{
    public bool Is(string text) => Kind != GoTokenKind.Comment && Kind != GoTokenKind.Literal && Text == text;
}
