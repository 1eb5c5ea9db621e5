using System.Collections;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Execution;

/// <summary>The last <c>capacity</c> lines of some output, thread-safe: stdout and stderr callbacks arrive on different threads.</summary>
public sealed class BoundedLines : IEnumerable<string>
{
    private readonly Queue<string> _lines = new();
    private readonly int _capacity;

    public BoundedLines(int capacity)
    {
        _capacity = capacity;
    }

    public int Count
    {
        get { lock (_lines) return _lines.Count; }
    }

    public void Add(string line)
    {
        lock (_lines)
        {
            if (_lines.Count == _capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        lock (_lines)
        {
            return new List<string>(_lines).GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
