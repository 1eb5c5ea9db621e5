using System.Text.Json;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>Builds go test -json lines and runs them through <see cref="TestRunBuilder"/> with a fixed clock.</summary>
internal static class TestStreams
{
    public const string Package = "example.com/m/p";

    public static readonly DateTimeOffset Start = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static string Event(string action, string? test = null, string? output = null, string package = Package, double? elapsed = null, string? failedBuild = null)
    {
        Dictionary<string, object> fields = new() { ["Action"] = action, ["Package"] = package };
        if (test is not null) { fields["Test"] = test; }
        if (output is not null) { fields["Output"] = output; }
        if (elapsed is not null) { fields["Elapsed"] = elapsed; }
        if (failedBuild is not null) { fields["FailedBuild"] = failedBuild; }
        return JsonSerializer.Serialize(fields);
    }

    /// <summary>run, output lines, verdict: what go test prints for one test.</summary>
    public static IEnumerable<string> Test(string name, string verdict, params string[] output)
    {
        yield return Event("run", name);
        yield return Event("output", name, $"=== RUN   {name}\n");
        foreach (string line in output)
        {
            yield return Event("output", name, line + "\n");
        }
        yield return Event("output", name, $"--- {verdict.ToUpperInvariant()}: {name} (0.00s)\n");
        yield return Event(verdict, name, elapsed: 0.01);
    }

    public static TestRun BuildRun(IEnumerable<string> stdout, int exitCode, IEnumerable<string>? stderr = null, TestRunBuilderOptions? options = null)
    {
        DateTimeOffset now = Start;
        TestRunBuilder builder = new(() => (now = now.AddSeconds(1.5)), options);
        foreach (string line in stdout)
        {
            builder.AddLine(line);
        }
        foreach (string line in stderr ?? Array.Empty<string>())
        {
            builder.AddLine(line, fromStandardError: true);
        }
        return builder.Complete(exitCode);
    }

    public static TestResult Single(this TestRun run, string name) =>
        run.Packages.SelectMany(p => p.Tests).Single(t => t.Name == name);

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
