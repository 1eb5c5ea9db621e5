using System;
using System.Collections.Generic;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Reads <c>go test -json -list</c> output: the names of top-level tests, benchmarks, examples and fuzz targets as
/// <c>&lt;import path&gt;.&lt;TestName&gt;</c>, and the text of anything else (a build failure) for the error message.
/// Lines arrive from two threads (stdout, stderr); <see cref="Add"/> takes one at a time.
/// </summary>
public sealed class GoTestListing
{
    private readonly TestEventReader _reader = new();
    private readonly TestEvent _event = new();
    private readonly object _gate = new();

    public List<string> Names { get; } = new();

    /// <summary>Lines that are not a listed name nor Go's <c>ok</c>/<c>?</c> package lines: what to show when the listing failed.</summary>
    public List<string> OtherText { get; } = new();

    public void Add(string line, bool fromStandardError)
    {
        lock (_gate)
        {
            if (fromStandardError || !_reader.TryRead(line, _event))
            {
                OtherText.Add(line);
                return;
            }
            if (_event.Action != TestAction.Output || _event.Output is null)
            {
                return;
            }
            string text = _event.Output.TrimEnd('\n', '\r');
            if (_event.Test is null && GoTestName.IsTopLevelName(text))
            {
                Names.Add(GoTestName.FullyQualifiedName(_event.Package ?? "", text));
            }
            else if (!text.StartsWith("ok", StringComparison.Ordinal) && !text.StartsWith("?", StringComparison.Ordinal))
            {
                OtherText.Add(text);
            }
        }
    }
}
