using System;
using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>
/// Reads the package clause and the top-level function and type declarations of a Go file, with their doc
/// comments (Go spec, "Declarations and scope"). Function bodies and other declarations are skipped by their
/// brackets, so only signatures need to be well formed; `go build` reports everything else.
/// </summary>
public static class GoDeclarationParser
{
    private static readonly HashSet<string> TypeKeywords = new(StringComparer.Ordinal) { "func", "map", "chan", "interface", "struct" };

    /// <exception cref="GoSyntaxException">A declaration the parser cannot read, at its line.</exception>
    public static GoSourceFile Parse(string path, string text)
    {
        IReadOnlyList<GoToken> all;
        try
        {
            all = GoTokenizer.Tokenize(text);
        }
        catch (FormatException e)
        {
            throw new GoSyntaxException(0, e.Message);
        }

        // Code tokens, and the comments that come right before each one.
        var code = new List<GoToken>();
        var commentsBefore = new Dictionary<int, List<GoToken>>();
        var comments = new List<GoToken>();
        foreach (var token in all)
        {
            if (token.Kind == GoTokenKind.Comment)
            {
                comments.Add(token);
                continue;
            }
            if (comments.Count > 0)
            {
                commentsBefore[code.Count] = comments;
                comments = new List<GoToken>();
            }
            code.Add(token);
        }

        var cursor = new GoTokenCursor(code, all.Count == 0 ? 1 : all[all.Count - 1].EndLine);
        cursor.Expect("package");
        var package = cursor.ExpectIdentifier();
        var functions = new List<GoFunctionDeclaration>();
        var types = new List<GoTypeDeclaration>();
        while (!cursor.AtEnd)
        {
            if (cursor.Is("func") && StartsDeclaration(code, cursor.Index))
            {
                int at = cursor.Index;
                var function = ParseFunction(cursor, DocComment(commentsBefore, code, at));
                if (function is not null)
                {
                    functions.Add(function);
                }
            }
            else if (cursor.Is("type"))
            {
                cursor.Advance();
                if (cursor.Is("("))
                {
                    cursor.Advance();
                    while (!cursor.AtEnd && !cursor.Is(")"))
                    {
                        types.Add(ParseTypeSpec(cursor));
                        if (cursor.Is(";"))
                        {
                            cursor.Advance();
                        }
                    }
                    cursor.Expect(")");
                }
                else
                {
                    types.Add(ParseTypeSpec(cursor));
                }
            }
            else if (cursor.Is("(") || cursor.Is("[") || cursor.Is("{"))
            {
                cursor.SkipGroup();
            }
            else
            {
                cursor.Advance();
            }
        }
        return new GoSourceFile(path, package, functions, types);
    }

    // A 'func' that begins a declaration, not a function literal or type in a var declaration ("var f = func…",
    // "var f func() int"): the first token, or one after the end of a statement (Go spec, "Semicolons").
    private static bool StartsDeclaration(List<GoToken> code, int index) =>
        index == 0 || code[index - 1].Is(";") || (code[index - 1].EndLine < code[index].Line && EndsStatement(code[index - 1]));

    // Whether a newline after this token ends the statement (Go spec, "Semicolons": the rule that inserts one).
    private static bool EndsStatement(GoToken token) =>
        token.Kind is GoTokenKind.Identifier or GoTokenKind.Literal
        || (token.Kind == GoTokenKind.Punctuation && token.Text is ")" or "]" or "}" or "++" or "--");

    // A doc comment is the run of comments that ends on the line above the declaration, without a blank line inside;
    // a comment on the line of the code before it belongs to that code (go/ast: a line comment, not a doc comment).
    private static IReadOnlyList<string> DocComment(Dictionary<int, List<GoToken>> commentsBefore, List<GoToken> code, int index)
    {
        if (!commentsBefore.TryGetValue(index, out var comments) || comments[comments.Count - 1].EndLine != code[index].Line - 1)
        {
            return Array.Empty<string>();
        }
        int first = comments.Count - 1;
        while (first > 0 && comments[first - 1].EndLine >= comments[first].Line - 1)
        {
            first--;
        }
        while (first < comments.Count && index > 0 && comments[first].Line == code[index - 1].EndLine)
        {
            first++;
        }
        var lines = new List<string>();
        foreach (var comment in comments.Skip(first))
        {
            if (comment.Text.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add(comment.Text.Substring(2).TrimEnd('\r'));
            }
            else
            {
                // A block comment's lines are text, never directives: each keeps a leading space like "// text".
                lines.AddRange(comment.Text.Substring(2, comment.Text.Length - 4).Replace("\r", "").Split('\n').Select(l => " " + l.Trim()));
            }
        }
        return lines;
    }

    // With the cursor on 'func'; null for a function literal at the top level (inside a var declaration).
    private static GoFunctionDeclaration? ParseFunction(GoTokenCursor cursor, IReadOnlyList<string> doc)
    {
        var keyword = cursor.Advance();
        GoTypeSyntax? receiver = null;
        if (cursor.Is("("))
        {
            var receivers = ParseParameters(cursor);
            if (!cursor.IsIdentifier)
            {
                return null;
            }
            receiver = receivers.Count == 1 ? receivers[0].Type : throw new GoSyntaxException(keyword.Line, "a method has exactly one receiver");
        }
        if (!cursor.IsIdentifier)
        {
            return null;
        }
        var nameToken = cursor.Advance();
        bool isGeneric = false;
        if (cursor.Is("["))
        {
            cursor.SkipGroup();
            isGeneric = true;
        }
        var parameters = ParseParameters(cursor);
        var results = ParseResults(cursor);
        if (cursor.Is("{"))
        {
            cursor.SkipGroup();
        }
        return new GoFunctionDeclaration(nameToken.Text, doc, receiver, isGeneric, parameters, results, keyword.Line, keyword.Column);
    }

    // A result list, a single result type on the same line as the parameters' ')', or nothing.
    private static IReadOnlyList<GoParameter> ParseResults(GoTokenCursor cursor)
    {
        if (cursor.Is("("))
        {
            return ParseParameters(cursor);
        }
        if (cursor.AtEnd || cursor.Current.Line != cursor.Previous.EndLine || cursor.Is("{") || cursor.Is(";"))
        {
            return Array.Empty<GoParameter>();
        }
        return new[] { new GoParameter(null, ParseType(cursor)) };
    }

    // (a, b int, c ...string) or (int, string): names either for all or for none (Go spec, "Function types").
    private static List<GoParameter> ParseParameters(GoTokenCursor cursor)
    {
        var open = cursor.Expect("(");
        var entries = new List<List<GoToken>>();
        while (!cursor.Is(")"))
        {
            if (cursor.AtEnd)
            {
                throw new GoSyntaxException(open.Line, "'(' is not closed");
            }
            entries.Add(cursor.TakeListEntry(")"));
            if (cursor.Is(","))
            {
                cursor.Advance();
            }
        }
        cursor.Expect(")");

        bool named = entries.Any(IsNamedEntry);
        var parameters = new List<GoParameter>();
        var pendingNames = new List<string>();
        foreach (var entry in entries)
        {
            if (!named)
            {
                parameters.Add(ParseEntryType(entry, name: null, open.Line));
            }
            else if (entry.Count == 1 && entry[0].Kind == GoTokenKind.Identifier)
            {
                pendingNames.Add(entry[0].Text);
            }
            else
            {
                var parameter = ParseEntryType(entry.GetRange(1, entry.Count - 1), entry[0].Text, entry[0].Line);
                parameters.AddRange(pendingNames.Select(name => parameter with { Name = name }));
                parameters.Add(parameter);
                pendingNames.Clear();
            }
        }
        if (pendingNames.Count > 0)
        {
            throw new GoSyntaxException(open.Line, $"parameter {pendingNames[pendingNames.Count - 1]} has no type");
        }
        return parameters;
    }

    // "a T", "a []T", "a [4]T" are named; "pkg.T" and "List[T]" (an instance: nothing follows its ']') are types.
    private static bool IsNamedEntry(List<GoToken> entry) =>
        entry.Count >= 2 && entry[0].Kind == GoTokenKind.Identifier && !TypeKeywords.Contains(entry[0].Text) && !entry[1].Is(".")
        && !(entry[1].Is("[") && ClosingBracket(entry, 1) == entry.Count - 1);

    private static int ClosingBracket(List<GoToken> tokens, int open)
    {
        int depth = 0;
        for (int i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Is("(") || tokens[i].Is("[") || tokens[i].Is("{"))
            {
                depth++;
            }
            else if ((tokens[i].Is(")") || tokens[i].Is("]") || tokens[i].Is("}")) && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static GoParameter ParseEntryType(List<GoToken> tokens, string? name, int line)
    {
        if (tokens.Count == 0)
        {
            throw new GoSyntaxException(line, "a parameter has no type");
        }
        var cursor = new GoTokenCursor(tokens, tokens[tokens.Count - 1].EndLine);
        bool variadic = cursor.Is("...");
        if (variadic)
        {
            cursor.Advance();
        }
        var type = ParseType(cursor);
        if (!cursor.AtEnd)
        {
            throw cursor.Unexpected("',' or ')'");
        }
        return new GoParameter(name, type, variadic);
    }

    // Name [TypeParameters] ["="] Type, with the cursor on the name.
    private static GoTypeDeclaration ParseTypeSpec(GoTokenCursor cursor)
    {
        var name = cursor.ExpectIdentifier();
        bool isGeneric = false;
        // "type A[T any] …" declares type parameters; "type A [4]int" is an array. A parameter list has a name then a constraint.
        if (cursor.Is("["))
        {
            int at = cursor.Index;
            var inside = cursor.SkipGroup();
            isGeneric = inside.Count >= 2 && char.IsLetter(inside[0][0]) && inside[1] != "]";
            if (!isGeneric)
            {
                cursor.MoveTo(at);
            }
        }
        bool isAlias = cursor.Is("=");
        if (isAlias)
        {
            cursor.Advance();
        }
        return new GoTypeDeclaration(name, ParseType(cursor), isAlias, isGeneric);
    }

    /// <summary>One type (Go spec, "Types"), from the cursor's position.</summary>
    internal static GoTypeSyntax ParseType(GoTokenCursor cursor)
    {
        var token = cursor.Current;
        if (cursor.Is("*"))
        {
            cursor.Advance();
            return new GoPointerTypeSyntax(ParseType(cursor));
        }
        if (cursor.Is("("))
        {
            cursor.Advance();
            var inner = ParseType(cursor);
            cursor.Expect(")");
            return inner;
        }
        if (cursor.Is("["))
        {
            cursor.Advance();
            if (cursor.Is("]"))
            {
                cursor.Advance();
                return new GoSliceTypeSyntax(ParseType(cursor));
            }
            var length = new List<string>();
            while (!cursor.Is("]"))
            {
                if (cursor.AtEnd)
                {
                    throw new GoSyntaxException(token.Line, "'[' is not closed");
                }
                length.Add(cursor.Advance().Text);
            }
            cursor.Advance();
            return new GoArrayTypeSyntax(GoSpelling.Join(length), ParseType(cursor));
        }
        if (cursor.Is("map"))
        {
            cursor.Advance();
            cursor.Expect("[");
            var key = ParseType(cursor);
            cursor.Expect("]");
            return new GoMapTypeSyntax(key, ParseType(cursor));
        }
        if (cursor.Is("chan") || cursor.Is("<-"))
        {
            var keyword = cursor.Advance().Text == "<-" ? "<-" + cursor.Expect("chan").Text : "chan";
            if (keyword == "chan" && cursor.Is("<-"))
            {
                cursor.Advance();
                keyword = "chan<-";
            }
            return new GoChanTypeSyntax(keyword, ParseType(cursor));
        }
        if (cursor.Is("interface") || cursor.Is("struct"))
        {
            var keyword = cursor.Advance().Text;
            var tokens = new List<string> { keyword, "{" };
            if (!cursor.Is("{"))
            {
                throw cursor.Unexpected("'{'");
            }
            // Spelled on one line, so the semicolons that newlines stood for are written out.
            var inside = cursor.SkipGroupTokens();
            for (int i = 0; i < inside.Count; i++)
            {
                if (i > 0 && inside[i].Line > inside[i - 1].EndLine && EndsStatement(inside[i - 1]) && !inside[i].Is("}"))
                {
                    tokens.Add(";");
                }
                tokens.Add(inside[i].Text);
            }
            tokens.Add("}");
            return new GoCompositeTypeSyntax(keyword, tokens);
        }
        if (cursor.Is("func"))
        {
            int line = cursor.Advance().Line;
            var tokens = new List<string> { "func", "(" };
            tokens.AddRange(cursor.SkipGroupAt("(", line));
            tokens.Add(")");
            if (cursor.Is("("))
            {
                tokens.Add("(");
                tokens.AddRange(cursor.SkipGroup());
                tokens.Add(")");
            }
            else if (!cursor.AtEnd && cursor.Current.Line == cursor.Previous.EndLine && StartsType(cursor))
            {
                tokens.Add(ParseType(cursor).ToString());
            }
            return new GoCompositeTypeSyntax("func", tokens);
        }
        if (cursor.IsIdentifier)
        {
            string? package = null;
            var name = cursor.Advance().Text;
            if (cursor.Is("."))
            {
                cursor.Advance();
                package = name;
                name = cursor.ExpectIdentifier();
            }
            var arguments = new List<GoTypeSyntax>();
            if (cursor.Is("[") && cursor.Current.Line == cursor.Previous.EndLine)
            {
                cursor.Advance();
                while (!cursor.Is("]"))
                {
                    arguments.Add(ParseType(cursor));
                    if (cursor.Is(","))
                    {
                        cursor.Advance();
                    }
                    else if (!cursor.Is("]"))
                    {
                        throw cursor.Unexpected("',' or ']'");
                    }
                }
                cursor.Advance();
            }
            return new GoNamedTypeSyntax(package, name, arguments);
        }
        throw cursor.Unexpected("a type");
    }

    private static bool StartsType(GoTokenCursor cursor) =>
        cursor.IsIdentifier || cursor.Is("*") || cursor.Is("[") || cursor.Is("<-") || cursor.Is("(");
}
