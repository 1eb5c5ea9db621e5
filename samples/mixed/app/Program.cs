using golib;

// golib.Exports is generated from golib.go's //gosdk:export functions when golib.goproj builds.
Console.WriteLine($"2 + 40 = {Exports.Add(2, 40)}");
Console.WriteLine(Exports.Greet(".NET"));
Console.WriteLine($"1h30m is {TimeSpan.FromTicks(Exports.ParseDuration("1h30m") / 100).TotalMinutes} minutes");
try
{
    Exports.ParseDuration("soon");
}
catch (GoException e)
{
    Console.WriteLine($"Go said: {e.Message}");
}

// A Go value C# cannot copy stays in Go; disposing the handle lets Go collect it.
using (var tally = Exports.NewTally()!)
{
    foreach (var word in "the cat saw the dog".Split(' '))
    {
        Exports.Count(tally, word);
    }
    Console.WriteLine($"Tally: {Exports.Summary(tally)}, 'the' twice: {Exports.Count(tally, "the") == 3}");
}
