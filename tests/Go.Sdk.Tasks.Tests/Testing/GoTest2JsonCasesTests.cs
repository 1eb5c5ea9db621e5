using Go.Sdk.Tasks.Testing.Model;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Feeds the expected outputs of Go's own test2json cases (<c>$GOROOT/src/cmd/internal/test2json/testdata/*.json</c>,
/// read where Go 1.24 is installed, never copied here) through the builder and checks its totals against
/// <see cref="IndependentCount"/>.
/// </summary>
public class GoTest2JsonCasesTests
{
    private const string CasesFolder = "/usr/lib/go-1.24/src/cmd/internal/test2json/testdata";

    public static IEnumerable<object[]> Cases()
    {
        if (!Directory.Exists(CasesFolder))
        {
            // Reported by CasesFolderExists with a clear message; an empty theory would hide it.
            yield return new object[] { "(missing)" };
            yield break;
        }
        foreach (string file in Directory.GetFiles(CasesFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetFileName(file) };
        }
    }

    [Fact]
    public void CasesFolderExists() =>
        Assert.True(Directory.Exists(CasesFolder), $"Go's test2json cases were not found in {CasesFolder}. Install Go 1.24 there (see eng/install-prerequisites.sh).");

    [Theory]
    [MemberData(nameof(Cases))]
    public void TotalsMatchAnIndependentCount(string caseName)
    {
        Assert.True(Directory.Exists(CasesFolder), $"Go's test2json cases were not found in {CasesFolder}.");
        string[] lines = File.ReadAllLines(Path.Combine(CasesFolder, caseName));

        TestRun run = TestStreams.BuildRun(lines, exitCode: lines.Any(l => l == "{\"Action\":\"fail\"}") ? 1 : 0);

        Assert.Equal(IndependentCount.Of(lines), run.Totals);
        bool packageFailed = lines.Contains("{\"Action\":\"fail\"}");
        Assert.True(!packageFailed || run.Totals.HasFailures, "a package that failed must never count as green");
    }
}
