using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Every reported failure place is a file the user has: a real <c>go test -race -json</c> (Go 1.22) of a module whose
/// failures Go's own testing package announces (<c>testing.go:1398: race detected…</c>, <c>runtime.Goexit</c>), next
/// to ones Go places itself (a <c>t.Helper</c> helper's caller, a panic).
/// </summary>
public sealed class FailureLocationsTests : IDisposable
{
    private const string GoRoot = "/usr/lib/go-1.22";

    private static readonly Dictionary<string, string> Module = new()
    {
        ["go.mod"] = "module example.com/loc\n\ngo 1.21\n",
        ["race/race_test.go"] = """
            package race

            import (
            	"sync"
            	"testing"
            )

            func TestRace(t *testing.T) {
            	var wg sync.WaitGroup
            	n := 0
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go func() {
            			n++
            			wg.Done()
            		}()
            	}
            	wg.Wait()
            }
            """,
        ["other/other_test.go"] = """
            package other

            import (
            	"runtime"
            	"testing"
            )

            func check(t *testing.T, ok bool) {
            	t.Helper()
            	if !ok {
            		t.Fatal("check failed")
            	}
            }

            func TestHelper(t *testing.T) {
            	check(t, false)
            }

            func TestGoexit(t *testing.T) {
            	t.Run("inner", func(t *testing.T) { runtime.Goexit() })
            }
            """,
        // Apart: Goexit in a subtest ends the rest of its package's test binary.
        ["crash/crash_test.go"] = """
            package crash

            import "testing"

            func TestPanic(t *testing.T) {
            	var m map[string]int
            	m["x"] = 1
            }
            """,
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gosdk-locations-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EveryFailureIsPlacedInAFileOfTheModule()
    {
        Assert.True(File.Exists(Path.Combine(GoRoot, "bin", "go")), $"Go 1.22 is not installed in {GoRoot} (see eng/install-prerequisites.sh).");
        GoTestModules.WriteTo(_directory, Module);
        string cache = Path.Combine(Path.GetTempPath(), "gosdk-tests-home", "gocache");
        GoCommandOutput output = await GoCommandOutput.RunAsync(GoRoot, _directory, cache, "test", "-json", "-race", "./...");
        TestRunBuilder builder = new(() => TestStreams.Start, new TestRunBuilderOptions { GoRoot = GoRoot });
        foreach (string line in output.Stdout)
        {
            builder.AddLine(line);
        }
        TestRun run = builder.Complete(output.ExitCode);

        Dictionary<string, ReportedFailure> failures = TestFailureReport.Collect(run, "example.com/loc", _directory)
            .ToDictionary(f => f.TestName.Substring(f.TestName.LastIndexOf('.') + 1));

        Assert.All(failures.Values, f => Assert.True(f.File is not null && File.Exists(f.File), $"{f.TestName} at {f.File}({f.Line})"));
        // The race detector's first frame in the module: the racing n++, not Go's testing.go(1398).
        Assert.Equal((Path.Combine(_directory, "race", "race_test.go"), 14), Place(failures["TestRace"]));
        // Go places a t.Helper's t.Fatal at the helper's caller itself.
        Assert.Equal((Path.Combine(_directory, "other", "other_test.go"), 16), Place(failures["TestHelper"]));
        // A test that ended through runtime.Goexit has no frame: the declaration of its top-level test.
        Assert.Equal((Path.Combine(_directory, "other", "other_test.go"), 19), Place(failures["TestGoexit/inner"]));
        // A panic: its first frame in the module.
        Assert.Equal((Path.Combine(_directory, "crash", "crash_test.go"), 7), Place(failures["TestPanic"]));
    }

    private static (string?, int) Place(ReportedFailure failure) => (failure.File, failure.Line);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
