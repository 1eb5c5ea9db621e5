using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

public sealed class FileWriteQueueTests
{
    [Fact]
    public void DrainReturnsOnceEveryWriteIsDone()
    {
        var done = new bool[100];
        using var queue = new FileWriteQueue(writers: 3, capacity: 2);
        foreach (int i in Enumerable.Range(0, done.Length))
        {
            queue.Enqueue(() => done[i] = true);
        }

        queue.Drain();

        Assert.All(done, Assert.True);
    }

    [Fact]
    public void FirstFailureReachesTheCallerAndLaterWritesAreSkipped()
    {
        int ranAfterFailure = 0;
        using var queue = new FileWriteQueue(writers: 1, capacity: 10);
        queue.Enqueue(() => throw new IOException("disk full"));
        queue.Enqueue(() => Interlocked.Increment(ref ranAfterFailure));

        var e = Assert.Throws<IOException>(queue.Drain);

        Assert.Equal("disk full", e.Message);
        Assert.Equal(0, ranAfterFailure);
        Assert.Throws<IOException>(() => queue.Enqueue(() => { }));
    }

    [Fact]
    public void WithoutWritersEachWriteRunsAtOnce()
    {
        int threadOfWrite = 0;
        using var queue = new FileWriteQueue(writers: 0, capacity: 1);

        queue.Enqueue(() => threadOfWrite = Environment.CurrentManagedThreadId);

        Assert.Equal(Environment.CurrentManagedThreadId, threadOfWrite);
    }
}
