using System.Collections.Generic;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// The compiler (or vet) output of one build the go command reported: Go ≥ 1.24 sends it as <c>build-output</c>
/// events keyed by <c>ImportPath</c>, Go ≤ 1.23 as plain text after a <c># import/path</c> header on stderr.
/// Which package failed because of it is only settled when the run completes, since stderr and stdout arrive
/// in no fixed order.
/// </summary>
internal sealed class BuildOutput
{
    private const int MaxMessages = 200;

    private readonly BoundedText _text;
    private readonly List<BuildMessage> _messages = new();

    public BuildOutput(string key, int maxChars)
    {
        Key = key;
        ImportPath = GoOutputLine.StripBuildVariant(key);
        _text = new BoundedText(maxChars);
    }

    /// <summary>As Go named the build: <c>example.com/m/pkg [example.com/m/pkg.test]</c>.</summary>
    public string Key { get; }

    public string ImportPath { get; }

    public bool Claimed { get; set; }

    public IReadOnlyList<BuildMessage> Messages => _messages;

    public string Text => _text.ToString();

    public void AddLine(string line)
    {
        if (line.Length == 0 || GoOutputLine.TryParseBuildHeader(line, out _))
        {
            return;
        }
        _text.Append(line);
        _text.Append("\n");
        if (_messages.Count < MaxMessages)
        {
            _messages.Add(GoOutputLine.ParseBuildMessage(line));
        }
    }
}
