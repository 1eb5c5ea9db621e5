using System.Collections.Generic;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>A position in a list of code tokens (comments already taken out), for the recursive-descent parser.</summary>
internal sealed class GoTokenCursor
{
    private readonly IReadOnlyList<GoToken> _tokens;

    public GoTokenCursor(IReadOnlyList<GoToken> tokens, int lastLine)
    {
        _tokens = tokens;
        LastLine = lastLine;
    }

    public int Index { get; private set; }

    public bool AtEnd => Index >= _tokens.Count;

    /// <summary>The current token; past the end, an empty punctuation token on the last line.</summary>
    public GoToken Current => Index < _tokens.Count ? _tokens[Index] : new GoToken(GoTokenKind.Punctuation, "", LastLine, LastLine, 0);

    public GoToken Previous => _tokens[Index - 1];

    private int LastLine { get; }

    public bool Is(string text) => !AtEnd && Current.Is(text);

    public bool IsIdentifier => !AtEnd && Current.Kind == GoTokenKind.Identifier;

    public GoToken Advance() => _tokens[Index++];

    /// <summary>Goes back (or forward) to a position taken from <see cref="Index"/>.</summary>
    public void MoveTo(int index) => Index = index;

    /// <summary>Expects an opening bracket, then skips its group like <see cref="SkipGroup"/>.</summary>
    public List<string> SkipGroupAt(string open, int line)
    {
        if (!Is(open))
        {
            throw new GoSyntaxException(line, $"expected '{open}'");
        }
        return SkipGroup();
    }

    public GoToken Expect(string text)
    {
        if (!Is(text))
        {
            throw Unexpected($"'{text}'");
        }
        return Advance();
    }

    public string ExpectIdentifier()
    {
        if (!IsIdentifier)
        {
            throw Unexpected("a name");
        }
        return Advance().Text;
    }

    public GoSyntaxException Unexpected(string expected) =>
        new(Current.Line, AtEnd ? $"expected {expected}, found the end of the declaration" : $"expected {expected}, found '{Current.Text}'");

    /// <summary>Skips a bracketed group starting at the current opening bracket; returns the tokens inside it.</summary>
    public List<string> SkipGroup() => SkipGroupTokens().ConvertAll(t => t.Text);

    /// <summary><see cref="SkipGroup"/>, with the tokens' positions.</summary>
    public List<GoToken> SkipGroupTokens()
    {
        var open = Current;
        var inside = new List<GoToken>();
        int depth = 0;
        do
        {
            if (AtEnd)
            {
                throw new GoSyntaxException(open.Line, $"'{open.Text}' is not closed");
            }
            var token = Advance();
            if (token.Kind == GoTokenKind.Punctuation && (token.Text == "(" || token.Text == "[" || token.Text == "{"))
            {
                depth++;
            }
            else if (token.Kind == GoTokenKind.Punctuation && (token.Text == ")" || token.Text == "]" || token.Text == "}"))
            {
                depth--;
            }
            if (depth > 0 && !(depth == 1 && token == open))
            {
                inside.Add(token);
            }
        }
        while (depth > 0);
        return inside;
    }

    /// <summary>The tokens from here up to (not including) a ',' or the closing bracket at this depth.</summary>
    public List<GoToken> TakeListEntry(string close)
    {
        var entry = new List<GoToken>();
        int depth = 0;
        while (!AtEnd)
        {
            var token = Current;
            if (depth == 0 && (token.Is(",") || token.Is(close)))
            {
                break;
            }
            if (token.Is("(") || token.Is("[") || token.Is("{"))
            {
                depth++;
            }
            else if (token.Is(")") || token.Is("]") || token.Is("}"))
            {
                depth--;
            }
            entry.Add(Advance());
        }
        return entry;
    }
}
