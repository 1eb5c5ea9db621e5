using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Runs <see cref="GoTestModules"/> with the real <c>go test -json</c> of Go 1.21 (build errors as text) and Go 1.24
/// (build events), once for the whole class, and holds both streams and their runs.
/// </summary>
public sealed class RealGoStreams : IDisposable
{
    public static readonly string[] Versions = { "1.21", "1.24" };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosdk-testing-" + Guid.NewGuid().ToString("N"));

    public RealGoStreams()
    {
        string main = Path.Combine(_root, "main");
        string broken = Path.Combine(_root, "broken");
        GoTestModules.WriteTo(main, GoTestModules.Main);
        GoTestModules.WriteTo(broken, GoTestModules.Broken);
        // Kept between test runs: compiling the standard library for the first time takes a minute.
        string cache = Path.Combine(Path.GetTempPath(), "gosdk-tests-home", "gocache");

        Dictionary<string, Task<GoCommandOutput>> runs = new();
        foreach (string version in Versions)
        {
            string goRoot = $"/usr/lib/go-{version}";
            if (!File.Exists(Path.Combine(goRoot, "bin", "go")))
            {
                Missing = $"Go {version} is not installed in {goRoot} (see eng/install-prerequisites.sh).";
                return;
            }
            runs[version + "/main"] = GoCommandOutput.RunAsync(goRoot, main, cache, "test", "-json", "-timeout", "2s", "-bench", ".", "-benchtime", "1x", "./...");
            runs[version + "/broken"] = GoCommandOutput.RunAsync(goRoot, broken, cache, "test", "-json", "./...");
        }
        Task.WhenAll(runs.Values).GetAwaiter().GetResult();
        Outputs = runs.ToDictionary(r => r.Key, r => r.Value.Result);
    }

    public string? Missing { get; }

    public IReadOnlyDictionary<string, GoCommandOutput> Outputs { get; } = new Dictionary<string, GoCommandOutput>();

    public TestRun Run(string key)
    {
        GoCommandOutput output = Outputs[key];
        TestRunBuilder builder = new(() => TestStreams.Start);
        foreach (string line in output.Stdout)
        {
            builder.AddLine(line);
        }
        foreach (string line in output.Stderr)
        {
            builder.AddLine(line, fromStandardError: true);
        }
        return builder.Complete(output.ExitCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

public class RealGoStreamsTests : IClassFixture<RealGoStreams>
{
    private readonly RealGoStreams _streams;

    public RealGoStreamsTests(RealGoStreams streams)
    {
        _streams = streams;
        Assert.True(streams.Missing is null, streams.Missing);
    }

    public static IEnumerable<object[]> Runs() =>
        RealGoStreams.Versions.SelectMany(v => new[] { new object[] { v + "/main" }, new object[] { v + "/broken" } });

    [Theory]
    [MemberData(nameof(Runs))]
    public void TotalsEqualAnIndependentCountOfTheStream(string key)
    {
        TestRun run = _streams.Run(key);

        Assert.Equal(IndependentCount.Of(_streams.Outputs[key].Stdout), run.Totals);
        Assert.False(run.Succeeded);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("broken")]
    public void Go121AndGo124GiveTheSameResults(string module)
    {
        Assert.Equal(Describe(_streams.Run("1.21/" + module)), Describe(_streams.Run("1.24/" + module)));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryFailureIsBlamedWhereItHappened(string key)
    {
        TestRun run = _streams.Run(key);
        if (key.EndsWith("/broken", StringComparison.Ordinal))
        {
            PackageError build = run.Packages.Single(p => p.ImportPath == "example.com/b/builderr").Error!;
            Assert.Equal(PackageErrorKind.BuildFailed, build.Kind);
            Assert.Contains(build.BuildMessages, m => m.Text == "undefined: foo" && m.Location == new SourceLocation("builderr/b_test.go", 5, 28));
            Assert.Equal(TestOutcome.Passed, run.Single("TestFine").Outcome);
            return;
        }

        Assert.Equal(TestOutcome.Passed, run.Single("TestQuick").Outcome);
        Assert.StartsWith("Test timed out after 2s", run.Single("TestSlow").Failure!.Message);
        Assert.Equal(PackageErrorKind.Panic, Package(run, "paninit").Error!.Kind);
        Assert.Contains("boom in TestMain", Package(run, "tmain").Error!.Message);
        Assert.Equal(PackageErrorKind.ExitedWithFailure, Package(run, "exitcode").Error!.Kind);
        Assert.Equal(PackageOutcome.NoTestFiles, Package(run, "notests").Outcome);
        Assert.Equal(new SourceLocation("f_test.go", 7), run.Single("TestFails").Failure!.Location);
        Assert.EndsWith("p_test.go", run.Single("TestPanics").Failure!.Location!.File);
        Assert.Equal(9, run.Single("TestPanics").Failure!.Location!.Line);
        Assert.DoesNotContain("p2", run.Single("TestP1").Output);
        Assert.Contains("p2 line 2", run.Single("TestP2").Output);
        Assert.Equal(TestOutcome.Failed, run.Single("ExampleGreet_bad").Outcome);
        Assert.Equal(TestOutcome.Passed, run.Single("ExampleGreet").Outcome);
        Assert.Equal(TestOutcome.Failed, run.Single("FuzzReverse/seed#1").Outcome);
        Assert.Contains("ns/op", run.Single("BenchmarkSum").BenchmarkResult);
        Assert.Equal(new[] { "TestParent/a", "TestParent/b", "TestParent/c" }, run.Single("TestParent").Subtests.Select(s => s.Name));
    }

    private static PackageResult Package(TestRun run, string name) => run.Packages.Single(p => p.ImportPath == "example.com/m/" + name);

    private static string Describe(TestRun run) => string.Join("\n",
        run.Packages.OrderBy(p => p.ImportPath, StringComparer.Ordinal).SelectMany(p =>
            new[] { $"{p.ImportPath} {p.Outcome} {p.Error?.Kind} {p.Error?.Location?.Line}" }
                .Concat(p.Tests.Select(t => $"  {t.Name} {t.Outcome} {t.Failure?.Location?.Line} {t.Failure?.ExplainedBySubtests}"))))
        + $"\n{run.Totals}";
}
