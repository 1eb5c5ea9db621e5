using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Reads a Go string literal as <c>strconv.Quote</c> writes it (<c>"…"</c> with escapes, or a raw <c>`…`</c>), the form
/// Go uses for build settings whose key or value holds a space, tab, quote or line break (<c>-ldflags="-s -w"</c>).
/// </summary>
internal static class GoQuotedString
{
    /// <summary>Reads the literal starting at <paramref name="start"/>; returns null when it is not a complete, valid one.</summary>
    /// <param name="end">The index just past the closing quote.</param>
    public static string? Read(string text, int start, out int end)
    {
        end = start;
        if (start >= text.Length)
        {
            return null;
        }
        if (text[start] == '`')
        {
            var close = text.IndexOf('`', start + 1);
            if (close < 0)
            {
                return null;
            }
            end = close + 1;
            return text.Substring(start + 1, close - start - 1);
        }
        return text[start] == '"' ? ReadInterpreted(text, start, out end) : null;
    }

    private static string? ReadInterpreted(string text, int start, out int end)
    {
        end = start;
        // Escapes like \xff are single bytes of a UTF-8 sequence, so the value is collected as bytes.
        var bytes = new List<byte>();
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                end = i + 1;
                return new UTF8Encoding(false).GetString(bytes.ToArray());
            }
            if (c != '\\')
            {
                var next = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, next)));
                i += next;
                continue;
            }
            if (i + 1 >= text.Length || !ReadEscape(text, i + 1, bytes, out i))
            {
                return null;
            }
        }
        return null;
    }

    private static bool ReadEscape(string text, int at, List<byte> bytes, out int next)
    {
        next = at + 1;
        var simple = text[at] switch
        {
            'a' => '\a', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', 'v' => '\v',
            '\\' => '\\', '"' => '"', '\'' => '\'',
            _ => '\0',
        };
        if (simple != '\0')
        {
            bytes.Add((byte)simple);
            return true;
        }
        switch (text[at])
        {
            case 'x':
                return ReadNumber(text, at + 1, 2, 16, out next, value => AddByte(bytes, value));
            case 'u':
                return ReadNumber(text, at + 1, 4, 16, out next, value => AddRune(bytes, value));
            case 'U':
                return ReadNumber(text, at + 1, 8, 16, out next, value => AddRune(bytes, value));
            case >= '0' and <= '7':
                return ReadNumber(text, at, 3, 8, out next, value => AddByte(bytes, value));
            default:
                return false;
        }
    }

    private static bool ReadNumber(string text, int at, int digits, int radix, out int next, Func<long, bool> add)
    {
        next = at + digits;
        if (next > text.Length)
        {
            return false;
        }
        long value = 0;
        for (var i = at; i < next; i++)
        {
            var digit = radix == 16
                ? (int.TryParse(text[i].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? hex : -1)
                : text[i] is >= '0' and <= '7' ? text[i] - '0' : -1;
            if (digit < 0)
            {
                return false;
            }
            value = value * radix + digit;
        }
        return add(value);
    }

    private static bool AddByte(List<byte> bytes, long value)
    {
        if (value > 0xFF)
        {
            return false;
        }
        bytes.Add((byte)value);
        return true;
    }

    private static bool AddRune(List<byte> bytes, long codePoint)
    {
        // Go rejects surrogate halves and values past the last code point in \u and \U escapes.
        if (codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)codePoint)));
        return true;
    }
}
