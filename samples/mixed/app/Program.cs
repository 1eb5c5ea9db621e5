using App;

Console.WriteLine($"2 + 40 = {GoLib.Add(2, 40)}");
Console.WriteLine(GoLib.Greet(".NET"));
Console.WriteLine($"1h30m is {GoLib.ParseDuration("1h30m").TotalMinutes} minutes");
try
{
    GoLib.ParseDuration("soon");
}
catch (FormatException e)
{
    Console.WriteLine($"Go said: {e.Message}");
}
