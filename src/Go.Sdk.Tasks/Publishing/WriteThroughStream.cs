using System;
using System.IO;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Passes writes on to another stream, counting them and computing their CRC-32 (gzip and zip need both), and never
/// closes that stream: so it also shields an archive's file from a compressor that closes what it writes to.
/// </summary>
internal sealed class WriteThroughStream : Stream
{
    private readonly Stream _inner;
    private readonly Crc32 _crc = new();

    public WriteThroughStream(Stream inner)
    {
        _inner = inner;
    }

    public uint Crc => _crc.Value;

    public long BytesWritten { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _crc.Update(buffer, offset, count);
        BytesWritten += count;
        _inner.Write(buffer, offset, count);
    }

    public override void Flush() => _inner.Flush();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => BytesWritten;

    public override long Position
    {
        get => BytesWritten;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
