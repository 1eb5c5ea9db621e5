using System.Diagnostics;
using golib;

namespace App;

/// <summary>
/// Calls samples/mixed's Go library through its generated bindings (golib.Exports) from several threads at once, optionally while one more thread
/// allocates and forces garbage collections: the load under which a Go library without Go.Sdk's signal guard
/// crashes the process (docs/mixed-language.md#signals). Used by the interop integration tests and eng/bench.
/// </summary>
public static class GoStress
{
    /// <summary>Runs for <paramref name="duration"/>; returns the number of calls into Go.</summary>
    /// <param name="addOnly">
    /// Only <c>Add</c> (the call-rate benchmark); otherwise every kind of crossing too: strings both ways, a Go error
    /// and a Go panic turned into exceptions, and a handle created, used and disposed.
    /// </param>
    public static long Run(TimeSpan duration, int threads, bool collectGarbage, bool addOnly)
    {
        var clock = Stopwatch.StartNew();
        long calls = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long done = 0;
            while (clock.Elapsed < duration)
            {
                if (Exports.Add(done, 1) != done + 1)
                {
                    throw new InvalidOperationException("Go's Add returned a wrong sum.");
                }
                done++;
                if (!addOnly)
                {
                    done += CrossEveryKind();
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

    // One call of each kind the bindings carry; returns how many calls into Go it made.
    private static int CrossEveryKind()
    {
        Expect(Exports.Greet("stress") == "Hello, stress, from Go", "Greet");
        Expect(Exports.ParseDuration("1h30m") == 5_400_000_000_000, "ParseDuration");
        try
        {
            Exports.ParseDuration("soon");
            Expect(false, "ParseDuration of a bad duration");
        }
        catch (GoException e) when (e is not GoPanicException)
        {
            Expect(e.Message == "time: invalid duration \"soon\"", "the Go error's text");
        }
        try
        {
            // A nil *Tally: Go dereferences it and panics; the wrapper recovers.
            Exports.Count(null, "word");
            Expect(false, "Count without a tally");
        }
        catch (GoPanicException e)
        {
            Expect(e.Message.Contains("nil pointer dereference"), "the panic's text");
        }
        using (var tally = Exports.NewTally()!)
        {
            Exports.Count(tally, "go");
            Expect(Exports.Summary(tally) == "1 distinct words", "Summary");
        }
        return 7;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"A call through the bindings returned a wrong result: {what}.");
        }
    }
}
