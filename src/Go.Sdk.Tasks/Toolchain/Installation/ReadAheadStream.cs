using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// A forward-only stream that reads its source on a thread of its own, a bounded number of chunks ahead of its
/// reader. Put between <c>GZipStream</c> and the tar reader, inflating (CPU) overlaps with writing the files it
/// yields (system calls), as <c>tar -xz</c> overlaps its separate <c>gzip</c> process; the bound keeps memory
/// at a few megabytes however large the archive. A failure of the source is thrown to the reader where it would
/// have surfaced without the thread. Disposing stops the thread and disposes the source.
/// </summary>
public sealed class ReadAheadStream : Stream
{
    private readonly Stream _source;
    private readonly BlockingCollection<Chunk> _filled;
    private readonly BlockingCollection<byte[]> _free;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;
    private Chunk? _current;
    private int _offset;
    private bool _disposed;

    /// <param name="source">Read from the background thread only, from now on.</param>
    /// <param name="chunkSize">Bytes per read of the source.</param>
    /// <param name="chunksAhead">How many chunks the thread may have ready before it waits for the reader.</param>
    public ReadAheadStream(Stream source, int chunkSize, int chunksAhead)
    {
        _source = source;
        _filled = new BlockingCollection<Chunk>(new ConcurrentQueue<Chunk>());
        // One chunk more than may wait: the one the reader is copying from.
        _free = new BlockingCollection<byte[]>(new ConcurrentQueue<byte[]>());
        for (int i = 0; i <= chunksAhead; i++)
        {
            _free.Add(new byte[chunkSize]);
        }
        _thread = new Thread(Fill) { IsBackground = true, Name = "Go.Sdk read-ahead" };
        _thread.Start();
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0)
        {
            return 0;
        }
        if (_current is null || _offset == _current.Length)
        {
            if (_current is not null)
            {
                _free.Add(_current.Buffer);
                _current = null;
            }
            if (!_filled.TryTake(out var next, Timeout.Infinite))
            {
                _failure?.Throw();
                return 0; // the source ended
            }
            _current = next;
            _offset = 0;
        }
        int copied = Math.Min(count, _current.Length - _offset);
        Buffer.BlockCopy(_current.Buffer, _offset, buffer, offset, copied);
        _offset += copied;
        return copied;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _stop.Cancel();
            _thread.Join();
            _source.Dispose();
            _filled.Dispose();
            _free.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Fill()
    {
        try
        {
            while (true)
            {
                var buffer = _free.Take(_stop.Token);
                int length = ReadFully(buffer);
                if (length == 0)
                {
                    return;
                }
                _filled.Add(new Chunk(buffer, length));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // the reader is gone
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            // Wakes a waiting reader, which then throws the failure or sees the end.
            _filled.CompleteAdding();
        }
    }

    // Full chunks keep the reader's hand-overs few: GZipStream returns after each block it inflates.
    private int ReadFully(byte[] buffer)
    {
        int length = 0;
        int read;
        while (length < buffer.Length && (read = _source.Read(buffer, length, buffer.Length - length)) > 0)
        {
            _stop.Token.ThrowIfCancellationRequested();
            length += read;
        }
        return length;
    }

    private sealed class Chunk
    {
        public Chunk(byte[] buffer, int length)
        {
            Buffer = buffer;
            Length = length;
        }

        public byte[] Buffer { get; }

        public int Length { get; }
    }
}
