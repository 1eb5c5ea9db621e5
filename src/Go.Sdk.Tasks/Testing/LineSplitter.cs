namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Turns test2json <c>Output</c> fragments into whole lines: test2json splits long lines and benchmarks print their
/// result in two writes (<c>BenchmarkSum-2 \t</c> then <c>1000\t852 ns/op\n</c>), so a line is only judged once complete.
/// </summary>
internal abstract class LineSplitter
{
    private string? _partial;

    public void AddOutput(string text)
    {
        // Nearly every Output is one whole line; many are framing lines that need no copy at all.
        if (_partial is null && text.Length > 0 && text.IndexOf('\n') == text.Length - 1 && IsIgnoredLine(text))
        {
            return;
        }
        int start = 0;
        for (int newline = text.IndexOf('\n'); newline >= 0; newline = text.IndexOf('\n', start))
        {
            string line = text.Substring(start, newline - start);
            if (_partial is not null)
            {
                line = _partial + line;
                _partial = null;
            }
            OnLine(line.EndsWith("\r", System.StringComparison.Ordinal) ? line.Substring(0, line.Length - 1) : line);
            start = newline + 1;
        }
        if (start < text.Length)
        {
            _partial = _partial is null ? text.Substring(start) : _partial + text.Substring(start);
        }
    }

    /// <summary>Hands on a last line that had no newline (output cut off by a crash).</summary>
    public void FlushPartialLine()
    {
        if (_partial is not null)
        {
            string line = _partial;
            _partial = null;
            OnLine(line);
        }
    }

    protected abstract void OnLine(string line);

    /// <summary>Lets a subclass drop a whole line (given with its newline) before it is copied.</summary>
    protected virtual bool IsIgnoredLine(string lineWithNewline) => false;
}
