using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>
/// A Go type as written in a declaration (Go spec, "Types"), before any meaning is given to its names.
/// <see cref="ToString"/> spells it back as Go, which the generated wrappers use in conversions and type assertions.
/// </summary>
public abstract record GoTypeSyntax;

/// <summary><c>int</c>, <c>Counter</c>, <c>time.Duration</c>, <c>C.int</c>, <c>List[int]</c>.</summary>
public sealed record GoNamedTypeSyntax(string? Package, string Name, IReadOnlyList<GoTypeSyntax> TypeArguments) : GoTypeSyntax
{
    public override string ToString() =>
        (Package is null ? Name : Package + "." + Name) + (TypeArguments.Count == 0 ? "" : "[" + string.Join(", ", TypeArguments) + "]");
}

public sealed record GoPointerTypeSyntax(GoTypeSyntax Element) : GoTypeSyntax
{
    public override string ToString() => "*" + Element;
}

public sealed record GoSliceTypeSyntax(GoTypeSyntax Element) : GoTypeSyntax
{
    public override string ToString() => "[]" + Element;
}

public sealed record GoArrayTypeSyntax(string Length, GoTypeSyntax Element) : GoTypeSyntax
{
    public override string ToString() => "[" + Length + "]" + Element;
}

public sealed record GoMapTypeSyntax(GoTypeSyntax Key, GoTypeSyntax Value) : GoTypeSyntax
{
    public override string ToString() => "map[" + Key + "]" + Value;
}

/// <summary><c>chan T</c>, <c>&lt;-chan T</c> or <c>chan&lt;- T</c>: <see cref="Keyword"/> is the part before the element.</summary>
public sealed record GoChanTypeSyntax(string Keyword, GoTypeSyntax Element) : GoTypeSyntax
{
    public override string ToString() => Keyword + " " + Element;
}

/// <summary>A <c>func(…)</c>, <c>interface{…}</c> or <c>struct{…}</c> type: kept as its tokens, since bindings only need to know what it is.</summary>
public sealed record GoCompositeTypeSyntax(string Keyword, IReadOnlyList<string> Tokens) : GoTypeSyntax
{
    public override string ToString() => GoSpelling.Join(Tokens);
}

/// <summary>
/// Joins tokens back into Go text: a space where two words would otherwise run together, after commas and semicolons,
/// and between a func type's parameters and its results (<c>func(int) error</c>).
/// </summary>
internal static class GoSpelling
{
    public static string Join(IEnumerable<string> tokens)
    {
        var text = new System.Text.StringBuilder();
        string previous = "";
        foreach (var token in tokens)
        {
            if (previous is "," or ";" || (previous.Length > 0 && IsWordy(previous[previous.Length - 1]) && IsWordy(token[0]))
                || (previous == ")" && (IsWordy(token[0]) || token[0] is '(' or '*' or '[' or '<')))
            {
                text.Append(' ');
            }
            text.Append(token);
            previous = token;
        }
        return text.ToString();
    }

    private static bool IsWordy(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '"' || c == '`';
}
