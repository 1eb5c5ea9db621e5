using System;
using System.Text;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// A fingerprint of the parts of a Go file that decide which files a build reads: everything from the start of
/// the file to the end of its import declarations (build constraints, the package clause, the imports, the cgo
/// preamble) and every <c>//go:embed</c> directive wherever it is. An edit inside a function body leaves it
/// unchanged, so the cached <c>go list</c> answer still holds; any other edit changes it.
/// </summary>
/// <remarks>
/// Only as much Go is lexed as the header needs: comments, identifiers, string literals and the punctuation of
/// import declarations. A file that does not look like a well-formed header has no fingerprint, which callers
/// treat as "changed", leaving the verdict to <c>go list</c>.
/// </remarks>
public static class GoFileHeader
{
    private const string EmbedDirective = "//go:embed";

    /// <summary>The fingerprint of a Go file's text, or null when its header cannot be read.</summary>
    public static string? Fingerprint(string text)
    {
        int end = HeaderEnd(text);
        if (end < 0)
        {
            return null;
        }
        var hashed = new StringBuilder(text, 0, end, end + 64);
        // Directives inside comments or strings are listed too: a few extra lines cost nothing, a missed one would.
        for (int at = text.IndexOf(EmbedDirective, end, StringComparison.Ordinal); at >= 0; at = text.IndexOf(EmbedDirective, at + 1, StringComparison.Ordinal))
        {
            int lineEnd = text.IndexOf('\n', at);
            hashed.Append('\n').Append(text, at, (lineEnd < 0 ? text.Length : lineEnd) - at);
        }
        return ShortHash.Of(hashed.ToString(), bytes: 12);
    }

    /// <summary>The name in the file's package clause (<c>main</c>, <c>lib</c>), or null when the file does not start like Go.</summary>
    public static string? PackageName(string text)
    {
        var lexer = new Lexer(text);
        return lexer.Next() && lexer.Token == "package" && lexer.Next() && lexer.IsIdentifier ? lexer.Token : null;
    }

    /// <summary>
    /// Whether a <c>//go:build</c> line above the package clause names the <c>ignore</c> tag without negating it:
    /// Go's convention for a program kept beside a package's sources (<c>go run gen.go</c>), which no build sees.
    /// </summary>
    public static bool IsIgnored(string text)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("package", StringComparison.Ordinal))
            {
                return false;
            }
            var constraint = line.StartsWith("//go:build ", StringComparison.Ordinal) ? line.Substring("//go:build ".Length)
                : line.StartsWith("// +build ", StringComparison.Ordinal) ? line.Substring("// +build ".Length)
                : null;
            if (constraint is not null && IgnoreTag.IsMatch(constraint))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex IgnoreTag = new(@"(?<![!\w.])ignore(?![\w.])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The offset of the first token after the import declarations, or -1.
    internal static int HeaderEnd(string text)
    {
        var lexer = new Lexer(text);
        if (!lexer.Next() || lexer.Token != "package" || !lexer.Next() || !lexer.IsIdentifier)
        {
            return -1;
        }
        while (lexer.Next())
        {
            if (lexer.Token == ";")
            {
                continue;
            }
            if (lexer.Token != "import")
            {
                return lexer.Start;
            }
            if (!lexer.Next())
            {
                return -1;
            }
            if (lexer.Token == "(")
            {
                if (!SkipImportGroup(lexer))
                {
                    return -1;
                }
            }
            else if (!SkipImportSpec(lexer))
            {
                return -1;
            }
        }
        return lexer.Failed ? -1 : text.Length;
    }

    // ImportSpec = [ "." | PackageName ] ImportPath, with the lexer on its first token.
    private static bool SkipImportSpec(Lexer lexer)
    {
        if (lexer.IsString)
        {
            return true;
        }
        return (lexer.IsIdentifier || lexer.Token == ".") && lexer.Next() && lexer.IsString;
    }

    private static bool SkipImportGroup(Lexer lexer)
    {
        while (lexer.Next())
        {
            if (lexer.Token == ")")
            {
                return true;
            }
            if (lexer.Token != ";" && !SkipImportSpec(lexer))
            {
                return false;
            }
        }
        return false;
    }

    // Tokens of a Go file's header. Newlines need no semicolon insertion here: import specs are recognised by
    // their shape, and a header's tokens never span lines.
    private sealed class Lexer
    {
        private readonly string _text;
        private int _position;

        public Lexer(string text)
        {
            _text = text;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                _position = 1;
            }
        }

        public int Start { get; private set; }
        public string Token { get; private set; } = "";
        public bool IsIdentifier { get; private set; }
        public bool IsString { get; private set; }
        public bool Failed { get; private set; }

        public bool Next()
        {
            IsIdentifier = IsString = false;
            if (!SkipSpaceAndComments())
            {
                Failed = true;
                return false;
            }
            if (_position >= _text.Length)
            {
                return false;
            }
            Start = _position;
            char c = _text[_position];
            if (char.IsLetter(c) || c == '_')
            {
                while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                {
                    _position++;
                }
                IsIdentifier = true;
            }
            else if (c == '"' || c == '`')
            {
                if (!SkipString(c))
                {
                    Failed = true;
                    return false;
                }
                IsString = true;
            }
            else
            {
                _position++;
            }
            Token = _text.Substring(Start, _position - Start);
            return true;
        }

        private bool SkipSpaceAndComments()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    int lineEnd = _text.IndexOf('\n', _position);
                    _position = lineEnd < 0 ? _text.Length : lineEnd + 1;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return false;
                    }
                    _position = close + 2;
                }
                else
                {
                    break;
                }
            }
            return true;
        }

        private bool SkipString(char quote)
        {
            for (_position++; _position < _text.Length; _position++)
            {
                char c = _text[_position];
                if (c == quote)
                {
                    _position++;
                    return true;
                }
                if (quote == '"' && (c == '\n' || (c == '\\' && ++_position >= _text.Length)))
                {
                    return false;
                }
            }
            return false;
        }
    }
}
