using System.Text;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// A kept test output: ASCII text (nearly all of it) as one byte per character, anything else as the string itself,
/// so it reads back exactly. Passed tests keep megabytes of such text, and the model's size decides how far the GC
/// lets the heap grow while a million-event run is parsed.
/// </summary>
internal readonly struct CompactText
{
    private readonly object? _value;

    private CompactText(object? value)
    {
        _value = value;
    }

    public static CompactText From(string text)
    {
        if (text.Length == 0)
        {
            return default;
        }
        foreach (char c in text)
        {
            if (c > 0x7F)
            {
                return new CompactText(text);
            }
        }
        return new CompactText(Encoding.ASCII.GetBytes(text));
    }

    public override string ToString() => _value switch
    {
        byte[] ascii => Encoding.ASCII.GetString(ascii),
        string text => text,
        _ => string.Empty,
    };
}
