using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// Reads the output of <c>go vet -json</c> (Go 1.21 to 1.24 print it all on stderr) into a <see cref="VetReport"/>.
/// The output mixes <c># package</c> header lines, one indented JSON object per package
/// (<c>{"pkg": {"analyzer": [{"posn": …, "message": …}] | {"error": …}}}</c>) and plain lines such as
/// <c>vet: ./x_test.go:6:14: cannot use …</c> when a package does not type-check. A package vetted twice (on its
/// own and with its tests) reports the same finding twice; it is kept once.
/// </summary>
public sealed class VetOutputParser
{
    private readonly string _workingDirectory;
    private readonly List<VetFinding> _findings = new();
    private readonly HashSet<(string Analyzer, string? File, int Line, int Column, string Message)> _seen = new();
    private readonly List<VetAnalyzerFailure> _failures = new();
    private readonly List<CompilerMessage> _sourceErrors = new();
    private readonly List<string> _otherLines = new();
    private readonly List<string> _unreadable = new();
    private readonly JsonObjectText _object = new();

    /// <param name="workingDirectory">Where vet ran; relative paths in its output are relative to it.</param>
    public VetOutputParser(string workingDirectory)
    {
        _workingDirectory = workingDirectory;
    }

    public void ReadLine(string line)
    {
        if (_object.IsOpen || line.StartsWith("{", StringComparison.Ordinal))
        {
            if (_object.Append(line))
            {
                ReadPackages(_object.Take());
            }
        }
        else if (line.StartsWith("#", StringComparison.Ordinal))
        {
            // "# example.com/m" and "# [example.com/m]" only announce the package whose output follows.
        }
        else if (CompilerOutputParser.Parse(line, _workingDirectory) is { } located)
        {
            _sourceErrors.Add(located);
        }
        else if (line.Trim().Length > 0)
        {
            _otherLines.Add(line);
        }
    }

    /// <summary>The report so far; findings ordered by file, line, column and analyzer.</summary>
    public VetReport Complete()
    {
        var unreadable = new List<string>(_unreadable);
        if (_object.IsOpen)
        {
            unreadable.Add("the output ended inside a JSON object");
        }
        var findings = _findings
            .OrderBy(f => f.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Analyzer, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new VetReport(findings, _failures.ToList(), _sourceErrors.ToList(), _otherLines.ToList(), unreadable);
    }

    private void ReadPackages(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var package in Members(document.RootElement, "the top level"))
            {
                foreach (var analyzer in Members(package.Value, package.Name))
                {
                    ReadAnalyzer(package.Name, analyzer.Name, analyzer.Value);
                }
            }
        }
        catch (JsonException e)
        {
            _unreadable.Add(e.Message);
        }
        catch (FormatException e)
        {
            _unreadable.Add(e.Message);
        }
    }

    private void ReadAnalyzer(string package, string analyzer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("error", out var error))
        {
            _failures.Add(new VetAnalyzerFailure(analyzer, package, error.ToString()));
            return;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"the result of {analyzer} on {package} is neither a list of findings nor an error");
        }
        foreach (var diagnostic in value.EnumerateArray())
        {
            var position = VetPosition.Parse(Text(diagnostic, "posn"), _workingDirectory);
            var finding = new VetFinding(analyzer, package, position.File, position.Line, position.Column, Text(diagnostic, "message") ?? "");
            if (_seen.Add((finding.Analyzer, finding.File, finding.Line, finding.Column, finding.Message)))
            {
                _findings.Add(finding);
            }
        }
    }

    private static IEnumerable<JsonProperty> Members(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new FormatException($"expected an object at {what}, found {element.ValueKind}");

    private static string? Text(JsonElement diagnostic, string name) =>
        diagnostic.ValueKind == JsonValueKind.Object && diagnostic.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// Collects the lines of one JSON object, counting braces outside strings, until it is closed. Vet indents its
    /// JSON, so an object spans many lines, and a message may hold braces of its own.
    /// </summary>
    private sealed class JsonObjectText
    {
        private readonly StringBuilder _text = new();
        private int _depth;
        private bool _inString;
        private bool _escaped;

        public bool IsOpen => _text.Length > 0;

        /// <returns>Whether this line closed the object.</returns>
        public bool Append(string line)
        {
            _text.Append(line).Append('\n');
            foreach (char c in line)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (_inString)
                {
                    _escaped = c == '\\';
                    _inString = c != '"';
                }
                else if (c == '"')
                {
                    _inString = true;
                }
                else if (c == '{' || c == '[')
                {
                    _depth++;
                }
                else if (c == '}' || c == ']')
                {
                    _depth--;
                }
            }
            return _depth <= 0;
        }

        public string Take()
        {
            var text = _text.ToString();
            _text.Clear();
            _depth = 0;
            _inString = false;
            _escaped = false;
            return text;
        }
    }
}
