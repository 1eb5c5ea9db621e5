using System.Diagnostics;

namespace App;

/// <summary>
/// Calls samples/mixed's Go library (GoLib.cs) from several threads at once, optionally while one more thread
/// allocates and forces garbage collections: the load under which a Go library without Go.Sdk's signal guard
/// crashes the process (docs/mixed-language.md#signals). Used by the interop integration tests and eng/bench.
/// </summary>
public static class GoStress
{
    /// <summary>Runs for <paramref name="duration"/>; returns the number of calls into Go.</summary>
    /// <param name="addOnly">Only <c>Add</c> (the call-rate benchmark); otherwise Add, Greet and ParseDuration.</param>
    public static long Run(TimeSpan duration, int threads, bool collectGarbage, bool addOnly)
    {
        var clock = Stopwatch.StartNew();
        long calls = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long done = 0;
            while (clock.Elapsed < duration)
            {
                if (GoLib.Add(done, 1) != done + 1)
                {
                    throw new InvalidOperationException("Go's Add returned a wrong sum.");
                }
                done++;
                if (!addOnly)
                {
                    GoLib.Greet("stress");
                    GoLib.ParseDuration("1h30m");
                    done += 2;
                }
            }
            Interlocked.Add(ref calls, done);
        })).ToList();
        var collector = new Thread(() =>
        {
            while (clock.Elapsed < duration)
            {
                var garbage = new byte[256][];
                for (int i = 0; i < garbage.Length; i++)
                {
                    garbage[i] = new byte[4096];
                }
                GC.Collect();
            }
        });
        workers.ForEach(w => w.Start());
        if (collectGarbage)
        {
            collector.Start();
            collector.Join();
        }
        workers.ForEach(w => w.Join());
        return calls;
    }
}
