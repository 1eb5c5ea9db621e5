using GoLib;

// GoLib.Exports is generated from the library's //gosdk:export functions when it builds.
Console.WriteLine($"Go says 2 + 3 = {Exports.Add(2, 3)}");
Console.WriteLine(Exports.Greet(".NET"));
