using System.Text.Json;
using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// Counts what plain <c>go test -json</c> reports, without Go.Sdk's parser, as the reference every run is checked
/// against. A test that started but never ended (killed by -timeout) failed; a failed package with no failed test
/// (a build failure) counts as one failure, as Go.Sdk counts it. Before Go 1.24 a package whose test binary did not
/// build may get no JSON event at all, only the text line <c>FAIL &lt;package&gt; [build failed]</c>.
/// </summary>
public sealed record RawGoTest(int Passed, int Failed, int Skipped)
{
    public int Total => Passed + Failed + Skipped;

    public static RawGoTest Run(GoSdkFixture fixture, string moduleDirectory, string goVersion, params string[] arguments)
    {
        var environment = fixture.BaseEnvironment();
        environment["GOTOOLCHAIN"] = "local";
        var go = Path.Combine(Prerequisites.GoRoot(goVersion), "bin", "go");
        var result = Command.Run(go, ["test", "-json", .. arguments], moduleDirectory, environment, TimeSpan.FromMinutes(5));

        var tests = new Dictionary<(string Package, string Test), string>();
        var failedPackages = new HashSet<string>();
        foreach (Match buildFailure in Regex.Matches(result.Output, @"^FAIL\s+(\S+) \[build failed\]", RegexOptions.Multiline))
        {
            failedPackages.Add(buildFailure.Groups[1].Value);
        }
        foreach (var line in result.Output.Split('\n').Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            if (!e.TryGetProperty("Package", out var package) || !e.TryGetProperty("Action", out var action))
            {
                continue;
            }
            var name = e.TryGetProperty("Test", out var test) ? test.GetString() : null;
            switch (action.GetString(), name)
            {
                case ("fail", null):
                    failedPackages.Add(package.GetString()!);
                    break;
                case ("run", not null):
                    tests.TryAdd((package.GetString()!, name), "run");
                    break;
                case ("pass" or "fail" or "skip" or "bench", not null):
                    tests[(package.GetString()!, name)] = action.GetString()!;
                    break;
            }
        }
        // A benchmark prints its result and may get no "pass"; in a passing package an unfinished test passed.
        string Outcome(KeyValuePair<(string Package, string Test), string> t) =>
            t.Value != "run" ? t.Value : failedPackages.Contains(t.Key.Package) ? "fail" : "pass";
        var outcomes = tests.Select(Outcome).ToList();
        var packagesWithoutFailedTest = failedPackages.Count(p => !tests.Any(t => t.Key.Package == p && Outcome(t) == "fail"));
        return new RawGoTest(
            outcomes.Count(o => o is "pass" or "bench"),
            outcomes.Count(o => o == "fail") + packagesWithoutFailedTest,
            outcomes.Count(o => o == "skip"));
    }
}
