using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Go.Sdk.Tasks.Coverage;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

/// <summary>
/// Runs a real <c>go test -coverpkg=./...</c> (so blocks repeat across test binaries) on a small module and checks
/// the conversion against Go's own reading of the same profile, <c>go tool cover -func</c>. Needs the Go
/// toolchains this project's machines have in /usr/lib/go-X.Y.
/// </summary>
public class GoCoverageEndToEndTests
{
    private const string GoMod = "module example.com/e2e\n\ngo 1.21\n";

    private const string Mathx =
        "package mathx\n" +                                   // 1
        "\n" +                                                // 2
        "// Sum adds 0..n-1.\n" +                             // 3
        "func Sum(n int) int {\n" +                           // 4
        "\ttotal := 0\n" +                                    // 5
        "\tfor i := 0; i < n; i++ {\n" +                      // 6
        "\t\ttotal += i\n" +                                  // 7
        "\t}\n" +                                             // 8
        "\treturn total\n" +                                  // 9
        "}\n" +                                               // 10
        "\n" +                                                // 11
        "// Sign is half covered.\n" +                        // 12
        "func Sign(x int) string {\n" +                       // 13
        "\tif x < 0 {\n" +                                    // 14
        "\t\treturn \"-\"\n" +                                // 15
        "\t}\n" +                                             // 16
        "\treturn \"+\"\n" +                                  // 17
        "}\n" +                                               // 18
        "\n" +
        "// Never is not called.\n" +
        "func Never() int {\n" +
        "\treturn 1\n" +
        "}\n";

    private const string MathxTest =
        "package mathx\n\nimport \"testing\"\n\n" +
        "func TestSum(t *testing.T) {\n\tif Sum(4) != 6 {\n\t\tt.Fatal(\"sum\")\n\t}\n\tif Sign(1) != \"+\" {\n\t\tt.Fatal(\"sign\")\n\t}\n}\n";

    private const string Greet =
        "package greet\n\nimport \"example.com/e2e/mathx\"\n\n" +
        "type Greeter struct{ Name string }\n\n" +
        "// Hello is covered by greet's own test.\n" +
        "func (g *Greeter) Hello() string {\n\treturn \"hello \" + g.Name + mathx.Sign(-1)\n}\n\n" +
        "// Bye is covered by nothing.\n" +
        "func (g Greeter) Bye() string {\n\treturn \"bye\"\n}\n";

    private const string GreetTest =
        "package greet\n\nimport (\n\t\"testing\"\n\n\t\"example.com/e2e/mathx\"\n)\n\n" +
        "func TestHello(t *testing.T) {\n\tg := &Greeter{Name: \"go\"}\n\tif g.Hello() != \"hello go-\" {\n\t\tt.Fatal(g.Hello())\n\t}\n\t_ = mathx.Sum(2)\n}\n";

    [Theory]
    [InlineData("1.22")]
    [InlineData("1.24")]
    public void ConvertsARealProfileAsGoToolCoverReadsIt(string goVersion)
    {
        using var dir = new TempDirectory();
        var module = Path.Combine(dir.Path, "module");
        dir.Write("module/go.mod", GoMod);
        dir.Write("module/mathx/mathx.go", Mathx);
        dir.Write("module/mathx/mathx_test.go", MathxTest);
        dir.Write("module/greet/greet.go", Greet);
        dir.Write("module/greet/greet_test.go", GreetTest);
        var go = $"/usr/lib/go-{goVersion}/bin/go";
        var profile = Path.Combine(dir.Path, "cover.out");
        RunGo(go, module, dir.Path, "test", "-covermode=atomic", "-coverpkg=./...", $"-coverprofile={profile}", "./...");
        var funcOutput = RunGo(go, module, dir.Path, "tool", "cover", $"-func={profile}");

        var engine = new RecordingBuildEngine();
        var cobertura = Path.Combine(dir.Path, "coverage.cobertura.xml");
        var task = new ConvertCoverage
        {
            BuildEngine = engine,
            ProfileFiles = new ITaskItem[] { new TaskItem(profile) },
            ModuleDirectory = module,
            OutputCoberturaFile = cobertura,
        };
        Assert.True(task.Execute(), engine.AllText);

        // Both test binaries report both packages: every block is in the raw profile twice, and counts add up.
        Assert.Equal(2 * task.StatementsValid, RawStatements(profile));
        var hits = XDocument.Load(cobertura).Descendants("class")
            .Single(c => (string)c.Attribute("filename")! == "mathx/mathx.go")
            .Element("lines")!.Elements("line")
            .ToDictionary(l => (int)l.Attribute("number")!, l => (long)l.Attribute("hits")!);
        Assert.Equal(2, hits[4]);   // Sum(4) and Sum(2)
        Assert.Equal(6, hits[7]);   // loop body: 4 + 2 iterations
        Assert.Equal(1, hits[15]);  // Sign(-1) from greet's test
        Assert.Equal(1, hits[17]);  // Sign(1) from mathx's test
        Assert.Equal(0, hits[22]);  // Never

        // Per function, the statement figure go tool cover -func prints, in its order; and its total.
        var expected = ParseFuncOutput(funcOutput);
        var report = BuildModel(profile, module);
        var actual = report.Packages.SelectMany(p => p.Files).SelectMany(f => f.Functions.Select(fn =>
            $"{f.ProfileName}:{fn.StartLine} {fn.Name.Substring(fn.Name.LastIndexOf('.') + 1)} {Percent(fn.Counts.StatementRate, fn.Counts.StatementsValid)}"));
        Assert.Equal(expected.Functions, actual);
        Assert.Equal(expected.Total, Percent(task.StatementRate, task.StatementsValid));
    }

    private static CoverageReport BuildModel(string profile, string module)
    {
        var merger = new CoverProfileMerger();
        merger.AddFile(profile);
        var locator = new SourceLocator(new GoModule("example.com/e2e", module), Array.Empty<GoModule>());
        return CoverageModelBuilder.Build(merger.Merge(), locator.Locate);
    }

    private static int RawStatements(string profile) =>
        File.ReadLines(profile).Skip(1).Sum(l => int.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));

    // cmd/cover prints 100 * covered / total with %.1f, and 0.0 when there are no statements.
    private static string Percent(double rate, int statements) =>
        (statements == 0 ? 0 : 100 * rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary><c>example.com/e2e/mathx/mathx.go:4:\tSum\t\t100.0%</c> lines, and the <c>total:</c> line.</summary>
    private static (List<string> Functions, string Total) ParseFuncOutput(string output)
    {
        var functions = new List<string>();
        string total = "";
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(new[] { '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "total:")
            {
                total = fields[^1];
            }
            else
            {
                functions.Add($"{fields[0].TrimEnd(':')} {fields[1]} {fields[^1]}");
            }
        }
        return (functions, total);
    }

    private static string RunGo(string go, string workingDirectory, string temp, params string[] arguments)
    {
        var start = new ProcessStartInfo(go)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GOTOOLCHAIN"] = "local";
        // Shared between runs: a fresh build cache makes every run compile the standard library with coverage
        // (minutes). Go's cache is safe to share between concurrent go commands.
        start.Environment["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gocache");
        start.Environment["GOPATH"] = Path.Combine(temp, "gopath");
        start.Environment["HOME"] = temp;
        start.Environment["GOFLAGS"] = "-modcacherw";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"go {string.Join(" ", arguments)} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
