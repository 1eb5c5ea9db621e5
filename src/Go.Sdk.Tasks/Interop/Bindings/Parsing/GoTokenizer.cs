using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>
/// Splits Go source into tokens (Go spec, "Lexical elements"). Comments are tokens, because doc comments and
/// directives (<c>//gosdk:export</c>, <c>//export</c>) are what the bindings read; string, raw-string and rune
/// literals are single tokens, so a brace inside one never unbalances a function body being skipped.
/// Semicolons are not inserted: the declaration parser recognises declarations by their shape.
/// </summary>
public static class GoTokenizer
{
    // Longest first, so that "..." is not read as three "." and "<-" not as "<" then "-".
    private static readonly string[] Operators =
    {
        "...", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~",
    };

    /// <exception cref="FormatException">An unterminated comment or literal, at its line.</exception>
    public static IReadOnlyList<GoToken> Tokenize(string text)
    {
        var tokens = new List<GoToken>();
        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int line = 1, lineStart = 0;
        while (position < text.Length)
        {
            char c = text[position];
            if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r')
            {
                position++;
                continue;
            }

            int start = position, startLine = line;
            GoTokenKind kind;
            if (c == '/' && At(text, position + 1) == '/')
            {
                int end = text.IndexOf('\n', position);
                position = end < 0 ? text.Length : end;
                kind = GoTokenKind.Comment;
            }
            else if (c == '/' && At(text, position + 1) == '*')
            {
                int close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new FormatException($"line {line}: a /* comment is not closed");
                }
                position = close + 2;
                kind = GoTokenKind.Comment;
            }
            else if (c == '"' || c == '\'' || c == '`')
            {
                position = LiteralEnd(text, position, line);
                kind = GoTokenKind.Literal;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
                {
                    position++;
                }
                kind = GoTokenKind.Identifier;
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(text, position + 1))))
            {
                // Numbers, including 0x1p-2 and 1e+9: letters, digits, '_', '.', and a sign right after an exponent.
                for (position++; position < text.Length; position++)
                {
                    char d = text[position], previous = text[position - 1];
                    bool exponentSign = (d == '+' || d == '-') && (IsHex(text, start) ? previous is 'p' or 'P' : previous is 'e' or 'E');
                    if (!char.IsLetterOrDigit(d) && d != '_' && d != '.' && !exponentSign)
                    {
                        break;
                    }
                }
                kind = GoTokenKind.Literal;
            }
            else
            {
                position += OperatorLength(text, position);
                kind = GoTokenKind.Punctuation;
            }

            var tokenText = text.Substring(start, position - start);
            int column = start - lineStart + 1;
            for (int i = start; i < position; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            tokens.Add(new GoToken(kind, tokenText, startLine, line, column));
        }
        return tokens;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static bool IsHex(string text, int start) =>
        At(text, start) == '0' && (At(text, start + 1) == 'x' || At(text, start + 1) == 'X');

    private static int OperatorLength(string text, int position)
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(text, position, op, 0, op.Length) == 0)
            {
                return op.Length;
            }
        }
        return 1;
    }

    private static int LiteralEnd(string text, int position, int line)
    {
        char quote = text[position];
        for (int i = position + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == quote)
            {
                return i + 1;
            }
            if (quote != '`' && c == '\n')
            {
                break;
            }
            if (quote != '`' && c == '\\')
            {
                i++;
            }
        }
        throw new FormatException($"line {line}: a {(quote == '\'' ? "rune" : "string")} literal is not closed");
    }
}
