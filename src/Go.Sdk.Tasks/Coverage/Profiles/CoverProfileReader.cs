using System;
using System.Globalization;
using System.IO;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Reads a Go cover profile one block at a time, so a profile of any size is read in constant memory:
/// line 1 <c>mode: set|count|atomic</c>, then <c>importpath/file.go:12.5,14.2 3 7</c> (start, end, statements, count).
/// A <c>mode:</c> line repeated further down (profiles joined with <c>cat</c>) is accepted when it names the same mode.
/// </summary>
public sealed class CoverProfileReader
{
    private const string ModePrefix = "mode: ";
    private readonly ProfileLines _lines;
    private byte[] _lastFileNameBytes = Array.Empty<byte>();
    private string _lastFileName = "";

    private CoverProfileReader(ProfileLines lines, string path, CoverMode mode)
    {
        _lines = lines;
        Path = path;
        Mode = mode;
        LineNumber = 1;
    }

    /// <summary>The profile's name in messages (usually its path).</summary>
    public string Path { get; }

    public CoverMode Mode { get; }

    /// <summary>The 1-based number of the line read last.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the <c>mode:</c> line; the blocks follow through <see cref="TryRead"/>.</summary>
    public static CoverProfileReader Open(TextReader reader, string path) => Open(ProfileLines.Of(reader), path);

    /// <summary>Reads the <c>mode:</c> line of a UTF-8 profile; the blocks follow through <see cref="TryRead"/>.</summary>
    public static CoverProfileReader Open(Stream utf8, string path) => Open(ProfileLines.Of(utf8), path);

    private static CoverProfileReader Open(ProfileLines lines, string path)
    {
        if (!lines.Next(out int offset, out int length))
        {
            throw new GoSdkException(Messages.InvalidCoverProfileLine(path, 1, "the file is empty"));
        }
        return new CoverProfileReader(lines, path, ParseMode(Text(lines.Buffer, offset, length), path, 1));
    }

    /// <summary>Reads the next block; false at the end of the profile.</summary>
    public bool TryRead(out string fileName, out ProfileBlock block)
    {
        while (_lines.Next(out int offset, out int length))
        {
            LineNumber++;
            if (length == 0)
            {
                continue;
            }
            var line = new ReadOnlySpan<byte>(_lines.Buffer, offset, length);
            if (line.StartsWith(ModePrefixUtf8))
            {
                var mode = ParseMode(Text(_lines.Buffer, offset, length), Path, LineNumber);
                if (mode != Mode)
                {
                    throw new GoSdkException(Messages.CoverModeMismatch(Path, mode.ToProfileName(), Path, Mode.ToProfileName()));
                }
                continue;
            }
            ParseBlock(line, out fileName, out block);
            return true;
        }
        fileName = "";
        block = default;
        return false;
    }

    private static ReadOnlySpan<byte> ModePrefixUtf8 => "mode: "u8;

    private static CoverMode ParseMode(string line, string path, int lineNumber)
    {
        if (!line.StartsWith(ModePrefix, System.StringComparison.Ordinal))
        {
            throw new GoSdkException(Messages.InvalidCoverProfileLine(path, lineNumber, $"the first line is '{Shorten(line)}', not 'mode: set|count|atomic'"));
        }
        var name = line.Substring(ModePrefix.Length).Trim();
        return CoverModeNames.TryParse(name, out var mode)
            ? mode
            : throw new GoSdkException(Messages.InvalidCoverProfileLine(path, lineNumber, $"'{name}' is not a cover mode (set, count or atomic)"));
    }

    // Go parses the numbers from the end (cmd/cover's parseLine), since the file name may itself hold ':' or '.'.
    private void ParseBlock(ReadOnlySpan<byte> line, out string fileName, out ProfileBlock block)
    {
        int end = line.Length;
        long count = SeekBack(line, ' ', ref end, "count");
        long statements = SeekBack(line, ' ', ref end, "statement count");
        long endColumn = SeekBack(line, '.', ref end, "end column");
        long endLine = SeekBack(line, ',', ref end, "end line");
        long startColumn = SeekBack(line, '.', ref end, "start column");
        long startLine = SeekBack(line, ':', ref end, "start line");
        if (end == 0)
        {
            throw Invalid(line, "the file name is missing");
        }
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn))
        {
            throw Invalid(line, "the block ends before it starts");
        }
        fileName = SameFileName(line.Slice(0, end));
        block = new ProfileBlock(ToInt(startLine, line), ToInt(startColumn, line), ToInt(endLine, line), ToInt(endColumn, line), ToInt(statements, line), count);
    }

    // Consecutive lines nearly always name the same file: reuse its string instead of decoding one per line.
    private string SameFileName(ReadOnlySpan<byte> name)
    {
        if (!name.SequenceEqual(_lastFileNameBytes))
        {
            _lastFileNameBytes = name.ToArray();
            _lastFileName = Encoding.UTF8.GetString(_lastFileNameBytes);
        }
        return _lastFileName;
    }

    private long SeekBack(ReadOnlySpan<byte> line, char separator, ref int end, string what)
    {
        int start = end > 0 ? line.Slice(0, end).LastIndexOf((byte)separator) : -1;
        if (start < 0 || start == end - 1)
        {
            throw Invalid(line, $"no {what} found");
        }
        long value = 0;
        for (int i = start + 1; i < end; i++)
        {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9 || value > (long.MaxValue - digit) / 10)
            {
                throw Invalid(line, $"the {what} '{Text(line.Slice(start + 1, end - start - 1))}' is not a non-negative number");
            }
            value = value * 10 + digit;
        }
        end = start;
        return value;
    }

    private int ToInt(long value, ReadOnlySpan<byte> line) =>
        value <= int.MaxValue ? (int)value : throw Invalid(line, $"{value.ToString(CultureInfo.InvariantCulture)} is too large for a line, column or statement count");

    private GoSdkException Invalid(ReadOnlySpan<byte> line, string detail) =>
        new(Messages.InvalidCoverProfileLine(Path, LineNumber, $"line '{Shorten(Text(line))}': {detail}"));

    private static string Text(byte[] buffer, int offset, int length) => Encoding.UTF8.GetString(buffer, offset, length);

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes.ToArray());

    private static string Shorten(string line) => line.Length <= 200 ? line : line.Substring(0, 200) + "…";
}
