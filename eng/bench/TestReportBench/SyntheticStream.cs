using System.Globalization;
using System.Text;

/// <summary>
/// A realistic go test -json stream: packages of tests where most pass with a log line, some have subtests, some run
/// in parallel (pause/cont, interleaved output), a few skip, a few fail with file:line messages, plus examples and
/// benchmarks. Seeded, so every run of the benchmark reads the same bytes.
/// </summary>
internal static class SyntheticStream
{
    public static int Write(string path, int targetEvents)
    {
        Random random = new(20250102);
        DateTime time = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        using StreamWriter writer = new(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        int events = 0;
        int packageIndex = 0;

        void Emit(string package, string action, string? test = null, string? output = null, double? elapsed = null)
        {
            time = time.AddTicks(random.Next(1, 20_000));
            StringBuilder line = new("{\"Time\":\"");
            line.Append(time.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)).Append("\",\"Action\":\"").Append(action)
                .Append("\",\"Package\":\"").Append(package).Append('"');
            if (test is not null) { line.Append(",\"Test\":\"").Append(test).Append('"'); }
            if (output is not null) { line.Append(",\"Output\":\"").Append(output.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\n", "\\n")).Append('"'); }
            if (elapsed is not null) { line.Append(",\"Elapsed\":").Append(elapsed.Value.ToString("0.###", CultureInfo.InvariantCulture)); }
            writer.WriteLine(line.Append('}').ToString());
            events++;
        }

        void Simple(string package, string test, string verdict, string file, int depth)
        {
            string indent = new(' ', 4 * depth);
            Emit(package, "run", test);
            Emit(package, "output", test, $"=== RUN   {test}\n");
            int line = random.Next(10, 400);
            if (verdict == "fail")
            {
                Emit(package, "output", test, $"{indent}    {file}:{line}: expected {random.Next(100)}, got {random.Next(100)}\n");
                Emit(package, "output", test, $"{indent}        diff: -want +got\n");
            }
            else if (verdict == "skip")
            {
                Emit(package, "output", test, $"{indent}    {file}:{line}: skipping in short mode\n");
            }
            else if (random.Next(2) == 0)
            {
                Emit(package, "output", test, $"{indent}    {file}:{line}: checked {random.Next(1000)} cases\n");
            }
            Emit(package, "output", test, $"{indent}--- {verdict.ToUpperInvariant()}: {test} (0.{random.Next(100):00}s)\n");
            Emit(package, verdict, test, elapsed: random.Next(100) / 100.0);
        }

        while (events < targetEvents)
        {
            string package = $"example.com/big/service{packageIndex / 20}/pkg{packageIndex}";
            string file = $"pkg{packageIndex}_test.go";
            packageIndex++;
            bool packageFailed = false;
            Emit(package, "start");
            int tests = random.Next(20, 120);
            for (int t = 0; t < tests && events < targetEvents; t++)
            {
                string test = $"Test{(char)('A' + t % 26)}Feature{t}";
                int kind = random.Next(100);
                if (kind < 65)
                {
                    Simple(package, test, "pass", file, 0);
                }
                else if (kind < 80)
                {
                    Emit(package, "run", test);
                    Emit(package, "output", test, $"=== RUN   {test}\n");
                    bool failed = false;
                    for (int s = 0; s < 4; s++)
                    {
                        string verdict = random.Next(100) < 2 ? "fail" : "pass";
                        failed |= verdict == "fail";
                        Simple(package, $"{test}/case_{s}", verdict, file, 1);
                    }
                    packageFailed |= failed;
                    Emit(package, "output", test, $"--- {(failed ? "FAIL" : "PASS")}: {test} (0.01s)\n");
                    Emit(package, failed ? "fail" : "pass", test, elapsed: 0.01);
                }
                else if (kind < 92)
                {
                    string other = test + "Parallel";
                    foreach (string name in new[] { test, other })
                    {
                        Emit(package, "run", name);
                        Emit(package, "output", name, $"=== RUN   {name}\n");
                        Emit(package, "output", name, $"=== PAUSE {name}\n");
                        Emit(package, "pause", name);
                    }
                    foreach (string name in new[] { test, other })
                    {
                        Emit(package, "cont", name);
                        Emit(package, "output", name, $"=== CONT  {name}\n");
                    }
                    for (int i = 0; i < 3; i++)
                    {
                        Emit(package, "output", test, $"    {file}:{40 + i}: {test} step {i}\n");
                        Emit(package, "output", other, $"    {file}:{80 + i}: {other} step {i}\n");
                    }
                    foreach (string name in new[] { other, test })
                    {
                        Emit(package, "output", name, $"--- PASS: {name} (0.02s)\n");
                        Emit(package, "pass", name, elapsed: 0.02);
                    }
                }
                else if (kind < 97)
                {
                    Simple(package, test, "skip", file, 0);
                }
                else if (kind < 99)
                {
                    Simple(package, test, "fail", file, 0);
                    packageFailed = true;
                }
                else
                {
                    Simple(package, "Example" + test.Substring(4), "pass", file, 0);
                }
            }
            if (packageIndex % 10 == 0 && !packageFailed)
            {
                string bench = $"BenchmarkPkg{packageIndex}";
                Emit(package, "output", null, "goos: linux\n");
                Emit(package, "run", bench);
                Emit(package, "output", bench, $"=== RUN   {bench}\n");
                Emit(package, "output", bench, $"{bench}\n");
                Emit(package, "output", bench, $"{bench}-8   \t 1000000\t      {random.Next(100, 9999)} ns/op\n");
            }
            Emit(package, "output", null, packageFailed ? "FAIL\n" : "PASS\n");
            Emit(package, "output", null, $"{(packageFailed ? "FAIL" : "ok  ")}\t{package}\t0.{random.Next(100, 999)}s\n");
            Emit(package, packageFailed ? "fail" : "pass", elapsed: random.Next(100, 999) / 1000.0);
        }
        Console.WriteLine($"{events} events, {packageIndex} packages -> {path}");
        return 0;
    }
}
