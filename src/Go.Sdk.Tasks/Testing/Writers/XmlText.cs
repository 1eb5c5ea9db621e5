using System.Globalization;
using System.Text;

namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>
/// Makes any text safe for an XML 1.0 document: characters XML cannot hold (control characters other than tab,
/// newline and carriage return, lone surrogates, U+FFFE/U+FFFF) become a visible <c>\uXXXX</c>, so a test that
/// prints binary data still yields a report every parser accepts.
/// </summary>
internal static class XmlText
{
    public static string Sanitize(string text)
    {
        int i = 0;
        while (i < text.Length && IsLegalAt(text, i, out int width))
        {
            i += width;
        }
        if (i == text.Length)
        {
            return text;
        }
        StringBuilder safe = new(text.Length + 16);
        safe.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsLegalAt(text, i, out int width))
            {
                safe.Append(text, i, width);
            }
            else
            {
                safe.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            i += width;
        }
        return safe.ToString();
    }

    private static bool IsLegalAt(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }
            return false;
        }
        return c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' => false,
            _ when char.IsLowSurrogate(c) => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => true,
        };
    }
}
