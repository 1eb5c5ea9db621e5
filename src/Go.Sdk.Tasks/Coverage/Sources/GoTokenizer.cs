namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>
/// Splits Go source (UTF-8 bytes) into tokens, skipping comments and keeping strings, raw strings and runes whole,
/// so a brace inside any of them never counts. Lenient by design: an unterminated literal ends at the end of its
/// line (or of the file for raw strings), because coverage must still be reported for code Go would reject.
/// </summary>
internal sealed class GoTokenizer
{
    private readonly byte[] _src;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private GoToken? _pushedBack;

    public GoTokenizer(byte[] source)
    {
        _src = source;
        // go/scanner skips a leading byte order mark but still counts its bytes in columns.
        if (source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF)
        {
            _pos = 3;
        }
    }

    public byte[] Source => _src;

    /// <summary>The position just past the last byte, for a function left open at the end of the file.</summary>
    public (int Line, int Column) EndOfFile => (_line, _src.Length - _lineStart + 1);

    /// <summary>Makes <paramref name="token"/> the next one <see cref="Next"/> returns again.</summary>
    public void PushBack(GoToken token) => _pushedBack = token;

    public bool Next(out GoToken token)
    {
        if (_pushedBack is { } pushed)
        {
            _pushedBack = null;
            token = pushed;
            return true;
        }

        bool newline = false, gap = false;
        while (_pos < _src.Length)
        {
            byte c = _src[_pos];
            if (c == '\n')
            {
                newline = gap = true;
                NewLine(_pos + 1);
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                gap = true;
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                gap = true;
                SkipLineComment();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                gap = true;
                newline |= SkipBlockComment();
            }
            else
            {
                token = ReadToken(newline, gap);
                return true;
            }
        }
        token = default;
        return false;
    }

    /// <summary>
    /// Skips to the <c>}</c> that closes a <c>{</c> just read, without making tokens of everything in between:
    /// function bodies are most of a file, and only their braces matter.
    /// </summary>
    /// <returns>The closing brace; false at the end of the file.</returns>
    public bool SkipToClosingBrace(out GoToken closing)
    {
        int depth = 1;
        while (_pos < _src.Length)
        {
            byte c = _src[_pos];
            switch (c)
            {
                case (byte)'\n':
                    NewLine(_pos + 1);
                    continue;
                case (byte)'/' when Peek(1) == '/':
                    SkipLineComment();
                    continue;
                case (byte)'/' when Peek(1) == '*':
                    SkipBlockComment();
                    continue;
                case (byte)'"' or (byte)'\'':
                    SkipQuoted(c);
                    continue;
                case (byte)'`':
                    SkipRawString();
                    continue;
                case (byte)'{':
                    depth++;
                    break;
                case (byte)'}' when --depth == 0:
                    closing = new GoToken(GoTokenKind.Punctuation, _pos, 1, _line, _pos - _lineStart + 1, false, false);
                    _pos++;
                    return true;
            }
            _pos++;
        }
        closing = default;
        return false;
    }

    private GoToken ReadToken(bool newline, bool gap)
    {
        int start = _pos, line = _line, column = _pos - _lineStart + 1;
        byte c = _src[_pos];
        GoTokenKind kind;
        if (IsLetter(c))
        {
            kind = GoTokenKind.Identifier;
            while (_pos < _src.Length && (IsLetter(_src[_pos]) || IsDigit(_src[_pos])))
            {
                _pos++;
            }
        }
        else if (IsDigit(c) || (c == '.' && IsDigit(Peek(1))))
        {
            kind = GoTokenKind.Literal;
            SkipNumber();
        }
        else if (c == '"' || c == '\'')
        {
            kind = GoTokenKind.Literal;
            SkipQuoted(c);
        }
        else if (c == '`')
        {
            kind = GoTokenKind.Literal;
            SkipRawString();
        }
        else
        {
            kind = GoTokenKind.Punctuation;
            _pos++;
        }
        return new GoToken(kind, start, _pos - start, line, column, newline, gap);
    }

    private void SkipNumber()
    {
        // Digits, letters (hex digits, 0x, exponents, suffix i), '_', '.', and a sign right after an exponent.
        while (_pos < _src.Length)
        {
            byte c = _src[_pos];
            if (IsDigit(c) || IsLetter(c) || c == '.')
            {
                _pos++;
            }
            else if ((c == '+' || c == '-') && (_src[_pos - 1] | 0x20) is (byte)'e' or (byte)'p')
            {
                _pos++;
            }
            else
            {
                break;
            }
        }
    }

    private void SkipQuoted(byte quote)
    {
        _pos++;
        while (_pos < _src.Length)
        {
            byte c = _src[_pos];
            if (c == '\n')
            {
                return;
            }
            _pos += c == '\\' && _pos + 1 < _src.Length && _src[_pos + 1] != '\n' ? 2 : 1;
            if (c == quote)
            {
                return;
            }
        }
    }

    private void SkipRawString()
    {
        _pos++;
        while (_pos < _src.Length)
        {
            byte c = _src[_pos];
            if (c == '\n')
            {
                NewLine(_pos + 1);
                continue;
            }
            _pos++;
            if (c == '`')
            {
                return;
            }
        }
    }

    private void SkipLineComment()
    {
        while (_pos < _src.Length && _src[_pos] != '\n')
        {
            _pos++;
        }
    }

    /// <returns>Whether the comment spans lines, which Go treats like a line break.</returns>
    private bool SkipBlockComment()
    {
        bool newline = false;
        _pos += 2;
        while (_pos < _src.Length)
        {
            if (_src[_pos] == '\n')
            {
                newline = true;
                NewLine(_pos + 1);
            }
            else if (_src[_pos] == '*' && Peek(1) == '/')
            {
                _pos += 2;
                return newline;
            }
            else
            {
                _pos++;
            }
        }
        return newline;
    }

    private void NewLine(int nextLineStart)
    {
        _pos = nextLineStart;
        _line++;
        _lineStart = nextLineStart;
    }

    private byte Peek(int ahead) => _pos + ahead < _src.Length ? _src[_pos + ahead] : (byte)0;

    // Every non-ASCII byte is taken as part of an identifier: Go allows Unicode letters there, and a non-letter
    // outside a literal or comment would not compile anyway.
    private static bool IsLetter(byte c) => (c | 0x20) is >= (byte)'a' and <= (byte)'z' || c == '_' || c >= 0x80;

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
}
