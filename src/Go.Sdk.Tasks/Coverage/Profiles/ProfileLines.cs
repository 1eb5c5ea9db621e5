using System;
using System.IO;
using System.Text;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// The lines of a cover profile as UTF-8 bytes in one reused buffer, without a string per line: a 100,000-block
/// profile is read before anything else can start, so its cost is all on the critical path. Reads a UTF-8 stream
/// directly (skipping a byte order mark), or any <see cref="TextReader"/> line by line. Line ends are <c>\n</c> or
/// <c>\r\n</c>.
/// </summary>
internal sealed class ProfileLines
{
    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _filled;

    private ProfileLines(Stream? stream, TextReader? text)
    {
        _stream = stream;
        _text = text;
    }

    public static ProfileLines Of(Stream utf8) => new(utf8, null);

    public static ProfileLines Of(TextReader text) => new(null, text);

    /// <summary>The buffer the line <see cref="Next"/> found lies in; valid until the next call.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Finds the next line (without its line end); false at the end of the profile.</summary>
    public bool Next(out int offset, out int length)
    {
        bool found = _text is null ? NextFromStream(out offset, out length) : NextFromText(out offset, out length);
        if (found && length > 0 && _buffer[offset + length - 1] == '\r')
        {
            length--;
        }
        return found;
    }

    private bool NextFromText(out int offset, out int length)
    {
        offset = 0;
        length = 0;
        var line = _text!.ReadLine();
        if (line is null)
        {
            return false;
        }
        int max = Encoding.UTF8.GetMaxByteCount(line.Length);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }
        length = Encoding.UTF8.GetBytes(line, 0, line.Length, _buffer, 0);
        return true;
    }

    private bool NextFromStream(out int offset, out int length)
    {
        int searched = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', searched, _end - searched);
            if (newline >= 0)
            {
                offset = _start;
                length = newline - _start;
                _start = newline + 1;
                return true;
            }
            if (_endOfStream)
            {
                offset = _start;
                length = _end - _start;
                _start = _end;
                return length > 0;
            }
            int scanned = _end - _start;
            Fill();
            searched = _start + scanned;
        }
    }

    // Moves the unfinished line to the front (growing the buffer for a line longer than it) and reads more.
    private void Fill()
    {
        int pending = _end - _start;
        if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, pending);
        }
        _start = 0;
        _end = pending;
        int read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
        if (!_filled && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
        }
        _filled = true;
    }
}
