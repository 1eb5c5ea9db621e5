using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

public sealed class ReadAheadStreamTests
{
    [Fact]
    public void ReaderGetsEveryByteInOrderWhateverSizesBothSidesUse()
    {
        var content = new byte[100_003];
        new Random(7).NextBytes(content);
        using var stream = new ReadAheadStream(new TrickleStream(content, 333), chunkSize: 1024, chunksAhead: 2);

        var read = new MemoryStream();
        var buffer = new byte[517];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            read.Write(buffer, 0, n);
        }

        Assert.Equal(content, read.ToArray());
        Assert.Equal(0, stream.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public void FailureOfTheSourceReachesTheReaderAfterTheBytesBeforeIt()
    {
        var source = new TrickleStream(new byte[3000], 1000) { FailAfter = 2000 };
        using var stream = new ReadAheadStream(source, chunkSize: 1000, chunksAhead: 4);
        var buffer = new byte[1000];

        Assert.Equal(1000, stream.Read(buffer, 0, buffer.Length));
        Assert.Equal(1000, stream.Read(buffer, 0, buffer.Length));
        var e = Assert.Throws<InvalidDataException>(() => stream.Read(buffer, 0, buffer.Length));
        Assert.Equal("corrupt", e.Message);
    }

    [Fact]
    public void DisposingWhileTheSourceIsAheadStopsTheThreadAndDisposesTheSource()
    {
        var source = new TrickleStream(new byte[1_000_000], 100);
        var stream = new ReadAheadStream(source, chunkSize: 100, chunksAhead: 1);
        Assert.Equal(10, stream.Read(new byte[10], 0, 10));

        stream.Dispose();

        Assert.True(source.Disposed);
    }

    /// <summary>Returns at most <c>step</c> bytes per read, as GZipStream and sockets do, and can fail midway.</summary>
    private sealed class TrickleStream(byte[] content, int step) : MemoryStream(content)
    {
        public int FailAfter { get; init; } = int.MaxValue;

        public bool Disposed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= FailAfter)
            {
                throw new InvalidDataException("corrupt");
            }
            return base.Read(buffer, offset, Math.Min(count, step));
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
