using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Follows a panic through the lines after <c>panic: …</c>: keeps its message, the goroutine dump (bounded) and the
/// first stack frame in the user's code, which is where the panic is blamed. The timeout panic is recorded too.
/// </summary>
internal sealed class PanicCapture
{
    private readonly TestRunBuilderOptions _options;
    private BoundedText? _stack;

    public PanicCapture(TestRunBuilderOptions options)
    {
        _options = options;
    }

    public string? Message { get; private set; }

    public SourceLocation? Location { get; private set; }

    /// <summary>The <c>-timeout</c> value when this panic is Go's test timeout.</summary>
    public string? TimedOutAfter { get; private set; }

    public string? StackTrace => _stack?.ToString();

    /// <summary>Returns true when the line belongs to a panic (its first line or its dump).</summary>
    public bool Observe(string line)
    {
        if (Message is null)
        {
            if (!GoOutputLine.IsPanic(line))
            {
                return false;
            }
            if (GoOutputLine.TryParseTimeout(line, out string after))
            {
                TimedOutAfter = after;
            }
            Message = line.EndsWith(" [recovered]", System.StringComparison.Ordinal)
                ? line.Substring(0, line.Length - " [recovered]".Length)
                : line;
            _stack = new BoundedText(_options.MaxOutputCharsPerTest);
        }
        _stack!.Append(line);
        _stack.Append("\n");
        if (Location is null && GoOutputLine.TryParseStackFrame(line, out SourceLocation frame) && _options.IsUserFrame(frame.File))
        {
            Location = frame;
        }
        return true;
    }
}
