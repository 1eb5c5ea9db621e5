using System;
using System.Collections.Generic;
using System.Text;

namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>
/// Finds the top-level function and method declarations of a Go file and their brace-matched extents, without
/// running Go. A <c>func</c> starts a declaration only at nesting depth 0 and at the start of a statement, which
/// tells <c>func F()</c> from <c>var f = func()</c> and <c>type F func()</c>. Declarations without a body
/// (implemented in assembly) are left out, as <c>go tool cover -func</c> leaves them out.
/// </summary>
public static class GoFunctionScanner
{
    /// <summary>The functions of a Go file, in source order.</summary>
    public static IReadOnlyList<GoFunction> Scan(byte[] source)
    {
        var tokens = new GoTokenizer(source);
        var functions = new List<GoFunction>();
        int depth = 0;
        GoToken? previous = null;
        while (tokens.Next(out var token))
        {
            if (depth == 0 && token.IsIdentifier(source, "func") && StartsStatement(source, previous, token))
            {
                var function = ReadDeclaration(tokens, token, out previous);
                if (function is not null)
                {
                    functions.Add(function);
                }
                continue;
            }
            depth = Math.Max(0, depth + NestingChange(source, token));
            previous = token;
        }
        return functions;
    }

    private static bool StartsStatement(byte[] source, GoToken? previous, GoToken token) =>
        previous is not { } p
        || p.Is(source, ';')
        || (token.NewlineBefore && p.EndsStatementAtNewline(source));

    /// <summary>Reads from just after <c>func</c> to the end of the body; null for a declaration without one.</summary>
    private static GoFunction? ReadDeclaration(GoTokenizer tokens, GoToken func, out GoToken? last)
    {
        var source = tokens.Source;
        last = func;
        if (!tokens.Next(out var token))
        {
            return null;
        }
        string? receiver = null;
        if (token.Is(source, '('))
        {
            receiver = ReadReceiverType(tokens, out last);
            if (!tokens.Next(out token))
            {
                return null;
            }
        }
        if (token.Kind != GoTokenKind.Identifier)
        {
            // Not a declaration Go would accept; let the top level look at this token again.
            tokens.PushBack(token);
            return null;
        }
        var name = Text(source, token);
        last = token;

        var signature = new StringBuilder();
        if (!ReadHeader(tokens, signature, ref last))
        {
            return null;
        }
        var (endLine, endColumn) = SkipBody(tokens, ref last);
        return new GoFunction(receiver is null ? name : $"{receiver}.{name}", signature.ToString(), func.Line, func.Column, endLine, endColumn);
    }

    /// <summary>Reads the receiver list after its <c>(</c>: <c>(s *Stack[T])</c> gives <c>(*Stack)</c>, <c>(Stack)</c> gives <c>Stack</c>.</summary>
    private static string? ReadReceiverType(GoTokenizer tokens, out GoToken? last)
    {
        var source = tokens.Source;
        int depth = 1;
        bool pointer = false;
        string? type = null;
        last = null;
        while (depth > 0 && tokens.Next(out var token))
        {
            last = token;
            depth += NestingChange(source, token);
            // Inside the receiver's own parentheses only: [T] and nested types do not name it.
            if (depth == 1 && token.Kind == GoTokenKind.Identifier)
            {
                type = Text(source, token);
            }
            else if (depth == 1 && token.Is(source, '*'))
            {
                pointer = true;
            }
        }
        return type is null ? null : pointer ? $"(*{type})" : type;
    }

    /// <summary>
    /// Reads type parameters, parameters and results up to the body's <c>{</c>. A <c>{</c> after <c>struct</c> or
    /// <c>interface</c> opens a type, not the body; a line break that would end the statement means no body.
    /// </summary>
    /// <returns>Whether a body follows.</returns>
    private static bool ReadHeader(GoTokenizer tokens, StringBuilder signature, ref GoToken? last)
    {
        var source = tokens.Source;
        int depth = 0;
        while (tokens.Next(out var token))
        {
            if (depth == 0)
            {
                if (token.NewlineBefore && last is { } p && p.EndsStatementAtNewline(source))
                {
                    tokens.PushBack(token);
                    return false;
                }
                if (token.Is(source, ';'))
                {
                    last = token;
                    return false;
                }
                if (token.Is(source, '{') && !(last is { } q && (q.IsIdentifier(source, "struct") || q.IsIdentifier(source, "interface"))))
                {
                    last = token;
                    return true;
                }
            }
            depth = Math.Max(0, depth + NestingChange(source, token));
            AppendToSignature(signature, source, token);
            last = token;
        }
        return false;
    }

    private static void AppendToSignature(StringBuilder signature, byte[] source, GoToken token)
    {
        if (signature.Length > 0 && token.GapBefore)
        {
            char before = signature[signature.Length - 1];
            if (before != '(' && before != '[' && !token.Is(source, ')') && !token.Is(source, ']'))
            {
                signature.Append(' ');
            }
        }
        signature.Append(Text(source, token));
    }

    /// <returns>The position just past the body's closing brace (the end of the file if it has none).</returns>
    private static (int Line, int Column) SkipBody(GoTokenizer tokens, ref GoToken? last)
    {
        if (tokens.SkipToClosingBrace(out var closing))
        {
            last = closing;
            return (closing.Line, closing.Column + 1);
        }
        return tokens.EndOfFile;
    }

    private static int NestingChange(byte[] source, GoToken token)
    {
        if (token.Kind != GoTokenKind.Punctuation)
        {
            return 0;
        }
        return source[token.Offset] switch
        {
            (byte)'(' or (byte)'[' or (byte)'{' => 1,
            (byte)')' or (byte)']' or (byte)'}' => -1,
            _ => 0,
        };
    }

    private static string Text(byte[] source, GoToken token) => Encoding.UTF8.GetString(source, token.Offset, token.Length);
}
