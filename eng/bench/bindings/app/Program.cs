// eng/bench/bindings.sh: the per-call cost of the generated C# API of a Go library (benchlib.Exports) against
// hand-written [LibraryImport] declarations (HandWritten) of the same library, in one process.
//
//   app [rounds] [add calls per round] [echo calls per round] [worker|main]   (defaults 11, 2000000, 500000, worker)
//
// The calls run on a thread the app starts (worker), as most calls into a library do, or on the process's main
// thread (main): with Go 1.22, every call from the main thread into Go asks glibc for the thread's stack bounds,
// which for the main thread reads /proc/self/maps (hundreds of microseconds a call; Go 1.23 caches the bounds).
//
// For each benchmark (Add(int, int); Echo of a 64-byte string), after warm-up, every round times the calls of both
// sides in alternating slices (see Compare), and the program prints each round's ns/call, the
// median ns/call of each side, the ratio of the medians (generated / hand-written) and the median of the rounds'
// own ratios. The last lines, "RESULT <name> <generated ns> <hand-written ns> <ratio of medians> <median round
// ratio>", are what the script reads.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BindingsBench;

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 11;
var addCalls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000_000;
var echoCalls = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500_000;
var onMainThread = args.Length > 3 && args[3] == "main";

// 64 ASCII characters: 64 bytes of UTF-8.
var text = string.Concat(Enumerable.Repeat("0123456789abcdef", 4));
if (text.Length != 64 || HandWritten.Echo(text) != text || HandWritten.Add(2, 40) != 42)
{
    throw new InvalidOperationException("the hand-written side does not work");
}
#if WITHOUT_BINDINGS
Console.WriteLine("built without bindings (GoBindings=false): nothing to compare");
#else
if (benchlib.Exports.Echo(text) != text || benchlib.Exports.Add(2, 40) != 42)
{
    throw new InvalidOperationException("the generated side does not work");
}

Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} processors, {rounds} rounds, " +
    $"Add {addCalls:N0} calls and Echo {echoCalls:N0} calls per side per round, on the {(onMainThread ? "main" : "worker")} thread");
var results = new List<string>();
void Run()
{
    results.Add(Bench.Compare("add", "Add(int, int)", rounds, addCalls, Bench.GeneratedAdd, Bench.HandWrittenAdd));
    results.Add(Bench.Compare("echo", "Echo(64-byte string) -> string", rounds, echoCalls, n => Bench.GeneratedEcho(n, text), n => Bench.HandWrittenEcho(n, text)));
}
if (onMainThread)
{
    Run();
}
else
{
    var worker = new Thread(Run) { Name = "bench" };
    worker.Start();
    worker.Join();
}
foreach (var line in results)
{
    Console.WriteLine(line);
}

static class Bench
{
    // The loops are ordinary methods, tiered like any app's code; warm-up runs them well past tier-1 promotion.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long GeneratedAdd(int calls)
    {
        long sum = 0;
        for (int i = 0; i < calls; i++)
        {
            sum += benchlib.Exports.Add(i, 1);
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long HandWrittenAdd(int calls)
    {
        long sum = 0;
        for (int i = 0; i < calls; i++)
        {
            sum += HandWritten.Add(i, 1);
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long GeneratedEcho(int calls, string text)
    {
        long sum = 0;
        for (int i = 0; i < calls; i++)
        {
            sum += benchlib.Exports.Echo(text).Length;
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long HandWrittenEcho(int calls, string text)
    {
        long sum = 0;
        for (int i = 0; i < calls; i++)
        {
            sum += HandWritten.Echo(text).Length;
        }
        return sum;
    }

    public static string Compare(string name, string description, int rounds, int calls, Func<int, long> generated, Func<int, long> handWritten)
    {
        // Warm-up: each loop called well past the 30 calls that queue a method for tier-1 compilation, with pauses
        // for the background compiler (it waits 100 ms after the last new method), twice.
        var warmUpCalls = Math.Max(100, calls / 50);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < 40; i++)
            {
                generated(warmUpCalls);
                handWritten(warmUpCalls);
            }
            Thread.Sleep(500);
        }

        // A round is 20 slices of calls/20 calls per side, the sides alternating slice by slice (and which goes
        // first alternating between slices), so a load spike on a shared machine hits both sides of a round alike.
        const int slices = 20;
        var sliceCalls = Math.Max(1, calls / slices);
        var generatedNs = new double[rounds];
        var handWrittenNs = new double[rounds];
        Console.WriteLine($"{description}: ns/call, {sliceCalls * slices:N0} calls per side per round in {slices} alternating slices");
        for (int round = 0; round < rounds; round++)
        {
            double generatedTotal = 0, handWrittenTotal = 0;
            for (int slice = 0; slice < slices; slice++)
            {
                if ((round + slice) % 2 == 0)
                {
                    generatedTotal += Time(generated, sliceCalls);
                    handWrittenTotal += Time(handWritten, sliceCalls);
                }
                else
                {
                    handWrittenTotal += Time(handWritten, sliceCalls);
                    generatedTotal += Time(generated, sliceCalls);
                }
            }
            generatedNs[round] = generatedTotal / slices;
            handWrittenNs[round] = handWrittenTotal / slices;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1,2}: generated {generatedNs[round],8:F1}  hand-written {handWrittenNs[round],8:F1}  ratio {generatedNs[round] / handWrittenNs[round]:F3}"));
        }
        var medianGenerated = Median(generatedNs);
        var medianHandWritten = Median(handWrittenNs);
        var medianRoundRatio = Median(generatedNs.Zip(handWrittenNs, (g, h) => g / h).ToArray());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median: generated {medianGenerated:F1} ns/call, hand-written {medianHandWritten:F1} ns/call, ratio of the medians {medianGenerated / medianHandWritten:F3}, median of the round ratios {medianRoundRatio:F3}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"RESULT {name} {medianGenerated:F1} {medianHandWritten:F1} {medianGenerated / medianHandWritten:F3} {medianRoundRatio:F3}");
    }

    private static double Time(Func<int, long> loop, int calls)
    {
        var stopwatch = Stopwatch.StartNew();
        var sum = loop(calls);
        stopwatch.Stop();
        if (sum <= 0)
        {
            throw new InvalidOperationException("a loop returned nothing");
        }
        return stopwatch.Elapsed.TotalNanoseconds / calls;
    }

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
#endif
