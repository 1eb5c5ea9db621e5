using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Follows a panic through the lines after <c>panic: …</c>: keeps its message, the goroutine dump (bounded) and its
/// stack frames, to blame the first frame in the user's code. Which frames belong to Go itself is learned from the
/// dump (the folder holding <c>src/runtime</c> and <c>src/testing</c> is GOROOT), so a timeout's dump, which starts
/// in <c>time</c> and <c>testing</c>, points at the test that was sleeping. The timeout panic is recorded too.
/// </summary>
internal sealed class PanicCapture
{
    private readonly TestRunBuilderOptions _options;
    private const int MaxFrames = 200;

    private readonly List<SourceLocation> _frames = new();
    private BoundedText? _stack;

    public PanicCapture(TestRunBuilderOptions options)
    {
        _options = options;
    }

    public string? Message { get; private set; }

    /// <summary>The first frame outside GOROOT and the generated test main, or null.</summary>
    public SourceLocation? Location
    {
        get
        {
            List<string> goRoots = _frames.Select(f => GoRootOf(f.File)).Where(r => r is not null).Distinct().ToList()!;
            return _frames.FirstOrDefault(f => _options.IsUserFrame(f.File) && !goRoots.Any(root => f.File.StartsWith(root, StringComparison.Ordinal)));
        }
    }

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
        if (_frames.Count < MaxFrames && GoOutputLine.TryParseStackFrame(line, out SourceLocation frame))
        {
            _frames.Add(frame);
        }
        return true;
    }

    /// <summary><c>/usr/lib/go/src/testing/testing.go</c> → <c>/usr/lib/go/src/</c>.</summary>
    private static string? GoRootOf(string file)
    {
        string path = file.Replace('\\', '/');
        foreach (string marker in new[] { "/src/runtime/", "/src/testing/" })
        {
            int at = path.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return file.Substring(0, at + "/src/".Length);
            }
        }
        return null;
    }
}
