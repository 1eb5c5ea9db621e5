using System.Text.Json;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// A deliberately simple second opinion on a go test -json stream, sharing no code with the builder: the first
/// pass/bench/fail/skip event after each run of a test counts once (test2json repeats a verdict when a test prints
/// Go's framing text itself, as Go's framebig case does); a test seen without a verdict counts as its package's
/// verdict (passed in a passing package: a benchmark; failed otherwise: it was running when the binary died); a
/// package that failed with no failed test, that never reported a verdict, or that a "FAIL pkg [build failed]" text
/// line names, counts one error.
/// </summary>
internal static class IndependentCount
{
    public static TestTotals Of(IEnumerable<string> stdout)
    {
        int passed = 0, failed = 0, skipped = 0;
        HashSet<(string Package, string Test)> seen = new();
        HashSet<(string Package, string Test)> judged = new();
        Dictionary<string, string> packageVerdict = new();
        HashSet<string> packagesWithFailedTests = new();
        HashSet<string> buildFailedText = new();
        HashSet<string> packages = new();
        foreach (string line in stdout)
        {
            if (!line.StartsWith('{'))
            {
                if (line.StartsWith("FAIL\t") && line.EndsWith("[build failed]"))
                {
                    buildFailedText.Add(line.Split('\t', ' ')[1]);
                }
                continue;
            }
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement e = document.RootElement;
            if (e.TryGetProperty("ImportPath", out _))
            {
                continue;
            }
            string action = e.GetProperty("Action").GetString()!;
            string package = e.TryGetProperty("Package", out JsonElement p) ? p.GetString()! : "";
            packages.Add(package);
            if (!e.TryGetProperty("Test", out JsonElement t))
            {
                if (action is "pass" or "fail" or "skip")
                {
                    packageVerdict[package] = action;
                }
                continue;
            }
            var key = (package, t.GetString()!);
            seen.Add(key);
            if (action == "run")
            {
                judged.Remove(key);
            }
            if (judged.Contains(key))
            {
                continue;
            }
            switch (action)
            {
                case "pass" or "bench": passed++; judged.Add(key); break;
                case "fail": failed++; judged.Add(key); packagesWithFailedTests.Add(package); break;
                case "skip": skipped++; judged.Add(key); break;
            }
        }
        foreach (var key in seen.Where(k => !judged.Contains(k)))
        {
            if (packageVerdict.GetValueOrDefault(key.Package) == "pass")
            {
                passed++;
            }
            else
            {
                failed++;
                packagesWithFailedTests.Add(key.Package);
            }
        }
        int errors = packageVerdict.Count(v => v.Value == "fail" && !packagesWithFailedTests.Contains(v.Key))
            + packages.Count(p => !packageVerdict.ContainsKey(p))
            + buildFailedText.Count(b => !packages.Contains(b));
        return new TestTotals(passed, failed, skipped, errors);
    }
}
