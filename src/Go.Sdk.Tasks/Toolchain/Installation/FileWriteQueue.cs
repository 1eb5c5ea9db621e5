using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// Writes files on a few threads of its own while the archive goes on being read. A toolchain is over ten thousand
/// small files, and creating a file costs the kernel more than inflating its bytes, so one thread writing them in
/// turn is what makes an extraction slower than <c>tar -xz</c>. The queue holds a bounded number of writes; the
/// first failure stops the rest and is thrown to the reader at its next <see cref="Enqueue"/> or <see cref="Drain"/>.
/// </summary>
public sealed class FileWriteQueue : IDisposable
{
    private readonly BlockingCollection<Action> _writes;
    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private int _outstanding;
    private ExceptionDispatchInfo? _failure;

    /// <param name="writers">Threads writing at once; 0 writes on the caller's thread, in <see cref="Enqueue"/>.</param>
    /// <param name="capacity">Writes that may wait before <see cref="Enqueue"/> waits too: with the caller's size
    /// limit per write, the bound on the memory the queue holds.</param>
    public FileWriteQueue(int writers, int capacity)
    {
        _writes = new BlockingCollection<Action>(new ConcurrentQueue<Action>(), capacity);
        _threads = new Thread[writers];
        for (int i = 0; i < writers; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "Go.Sdk file writer" };
            _threads[i].Start();
        }
    }

    /// <summary>Queues <paramref name="write"/>; throws the failure of an earlier write, if any.</summary>
    public void Enqueue(Action write)
    {
        if (_threads.Length == 0)
        {
            write();
            return;
        }
        _failure?.Throw();
        lock (_gate)
        {
            _outstanding++;
        }
        _writes.Add(write);
    }

    /// <summary>Waits until every queued write is done; throws the first failure, if any.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            while (_outstanding > 0)
            {
                Monitor.Wait(_gate);
            }
        }
        _failure?.Throw();
    }

    /// <summary>Stops the threads once the writes already queued are done or skipped after a failure.</summary>
    public void Dispose()
    {
        _writes.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        _writes.Dispose();
    }

    private void Run()
    {
        foreach (var write in _writes.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    write();
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(e);
                }
            }
            finally
            {
                lock (_gate)
                {
                    _outstanding--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
