using System;
using System.Text;
using System.Text.Json;

namespace Go.Sdk.Tasks.Testing.Parsing;

/// <summary>
/// Reads one line of <c>go test -json</c> output into a <see cref="TestEvent"/> with <see cref="Utf8JsonReader"/>.
/// Lines that are not test2json events (build errors of Go ≤ 1.23, <c>FAIL pkg [build failed]</c>, anything a
/// test binary printed past test2json) are reported as such, never as errors. The reader keeps one growing byte
/// buffer and takes package and test names from a <see cref="NameCache"/>, because events repeat them.
/// </summary>
internal sealed class TestEventReader
{
    private byte[] _utf8 = new byte[1024];
    private readonly NameCache _names = new();

    /// <summary>Fills <paramref name="into"/> and returns true when <paramref name="line"/> is a test2json event.</summary>
    public bool TryRead(string line, TestEvent into)
    {
        int start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }
        if (start == line.Length || line[start] != '{')
        {
            return false;
        }

        int maxBytes = Encoding.UTF8.GetMaxByteCount(line.Length - start);
        if (_utf8.Length < maxBytes)
        {
            _utf8 = new byte[Math.Max(maxBytes, _utf8.Length * 2)];
        }
        int length = Encoding.UTF8.GetBytes(line, start, line.Length - start, _utf8, 0);

        into.Clear();
        try
        {
            return ReadObject(new Utf8JsonReader(new ReadOnlySpan<byte>(_utf8, 0, length)), into);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // A value of an unexpected type (a number where a string belongs): not an event we understand.
            return false;
        }
    }

    private bool ReadObject(Utf8JsonReader reader, TestEvent into)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        bool hasAction = false;
        int timeStart = -1;
        int timeLength = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Action"u8))
            {
                reader.Read();
                hasAction = TryReadAction(ref reader, out TestAction action);
                into.Action = action;
            }
            else if (reader.ValueTextEquals("Output"u8))
            {
                reader.Read();
                into.Output = reader.GetString();
            }
            else if (reader.ValueTextEquals("Test"u8))
            {
                reader.Read();
                into.Test = ReadName(ref reader);
            }
            else if (reader.ValueTextEquals("Package"u8))
            {
                reader.Read();
                into.Package = ReadName(ref reader);
            }
            else if (reader.ValueTextEquals("Time"u8))
            {
                // Parsed only for the events that need it: most events are output, whose time nobody reads.
                reader.Read();
                timeStart = reader.TokenType == JsonTokenType.String ? (int)reader.TokenStartIndex : -1;
                timeLength = reader.ValueSpan.Length + 2;
            }
            else if (reader.ValueTextEquals("Elapsed"u8))
            {
                reader.Read();
                into.Elapsed = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("FailedBuild"u8))
            {
                reader.Read();
                into.FailedBuild = reader.GetString();
            }
            else if (reader.ValueTextEquals("ImportPath"u8))
            {
                reader.Read();
                into.ImportPath = reader.GetString();
            }
            else
            {
                // Fields newer Go versions add (Source, Attr, …) are not needed for the result model.
                reader.Read();
                reader.Skip();
            }
        }
        if (timeStart >= 0 && into.Action != TestAction.Output)
        {
            Utf8JsonReader time = new(new ReadOnlySpan<byte>(_utf8, timeStart, timeLength));
            into.Time = time.Read() && time.TryGetDateTimeOffset(out DateTimeOffset value) ? value : null;
        }
        return hasAction && reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryReadAction(ref Utf8JsonReader reader, out TestAction action)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("output"u8)) { action = TestAction.Output; return true; }
            if (reader.ValueTextEquals("run"u8)) { action = TestAction.Run; return true; }
            if (reader.ValueTextEquals("pass"u8)) { action = TestAction.Pass; return true; }
            if (reader.ValueTextEquals("fail"u8)) { action = TestAction.Fail; return true; }
            if (reader.ValueTextEquals("skip"u8)) { action = TestAction.Skip; return true; }
            if (reader.ValueTextEquals("pause"u8)) { action = TestAction.Pause; return true; }
            if (reader.ValueTextEquals("cont"u8)) { action = TestAction.Cont; return true; }
            if (reader.ValueTextEquals("start"u8)) { action = TestAction.Start; return true; }
            if (reader.ValueTextEquals("bench"u8)) { action = TestAction.Bench; return true; }
            if (reader.ValueTextEquals("build-output"u8)) { action = TestAction.BuildOutput; return true; }
            if (reader.ValueTextEquals("build-fail"u8)) { action = TestAction.BuildFail; return true; }
            action = TestAction.Other;
            return true;
        }
        action = default;
        return false;
    }

    private string? ReadName(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? _names.Get(ref reader) : null;
}
