using System.Globalization;
using System.Text;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Text that keeps its first <c>limit</c> characters and counts the rest, so one chatty test cannot make a
/// million-event run hold its whole output in memory. The text ends with a note when something was left out.
/// </summary>
internal sealed class BoundedText
{
    private readonly int _limit;
    private StringBuilder? _text;
    private long _dropped;

    public BoundedText(int limit)
    {
        _limit = limit;
    }

    public bool IsEmpty => _text is null || _text.Length == 0;

    public bool Truncated => _dropped > 0;

    public int Length => _text?.Length ?? 0;

    public void Append(string value)
    {
        int room = _limit - Length;
        if (room >= value.Length)
        {
            (_text ??= new StringBuilder()).Append(value);
            return;
        }
        if (room > 0)
        {
            (_text ??= new StringBuilder()).Append(value, 0, room);
        }
        _dropped += value.Length - (room > 0 ? room : 0);
    }

    public override string ToString()
    {
        string text = _text?.ToString() ?? string.Empty;
        return _dropped == 0
            ? text
            : text + string.Format(CultureInfo.InvariantCulture, "\n[Go.Sdk: {0} more characters of output were not kept]\n", _dropped);
    }
}
