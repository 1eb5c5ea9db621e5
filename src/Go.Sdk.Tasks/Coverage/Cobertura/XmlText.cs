using System.IO;
using System.Xml;

namespace Go.Sdk.Tasks.Coverage.Cobertura;

/// <summary>
/// Escapes text for XML attribute values and element content. The Cobertura writer emits its markup itself:
/// a large report has hundreds of thousands of <c>&lt;line&gt;</c> elements, and XmlWriter made writing them
/// slower than all the rest of the conversion.
/// </summary>
internal static class XmlText
{
    public static void Write(TextWriter writer, string text)
    {
        int plainFrom = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var escaped = Escape(text, i);
            if (escaped is null)
            {
                continue;
            }
            writer.Write(text.ToCharArray(plainFrom, i - plainFrom));
            writer.Write(escaped);
            plainFrom = i + 1;
        }
        if (plainFrom == 0)
        {
            writer.Write(text);
        }
        else
        {
            writer.Write(text.ToCharArray(plainFrom, text.Length - plainFrom));
        }
    }

    // Struct tags in a signature may hold any character; XML 1.0 cannot carry most control characters at all.
    private static string? Escape(string text, int i)
    {
        char c = text[i];
        switch (c)
        {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\n': return "&#xA;";
            case '\r': return "&#xD;";
            case '\t': return "&#x9;";
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return null;
        }
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
        {
            return null;
        }
        return XmlConvert.IsXmlChar(c) ? null : "\uFFFD";
    }
}
