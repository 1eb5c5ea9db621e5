using App;

// interop-stress <seconds> <threads> <gc|nogc|add>: gc adds a thread that forces garbage collections; add calls
// only Add, without that thread (the call-rate benchmark).
var seconds = double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var threads = int.Parse(args[1]);
var mode = args[2];
var calls = GoStress.Run(TimeSpan.FromSeconds(seconds), threads, collectGarbage: mode == "gc", addOnly: mode == "add");
Console.WriteLine($"calls={calls} seconds={seconds} threads={threads} mode={mode}");
