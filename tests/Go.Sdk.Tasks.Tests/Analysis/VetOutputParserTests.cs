using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

/// <summary>
/// The parser on what real toolchains printed (TestData/Analysis, captured from Go 1.21 to 1.24 with the module
/// folder renamed to /work/m) and on the shapes vet prints less often.
/// </summary>
public sealed class VetOutputParserTests
{
    private static VetReport Parse(IEnumerable<string> lines, string workingDirectory = "/work/m")
    {
        var parser = new VetOutputParser(workingDirectory);
        foreach (var line in lines)
        {
            parser.ReadLine(line);
        }
        return parser.Complete();
    }

    private static VetReport ParseCaptured(string name) =>
        Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Analysis", name)));

    [Theory]
    [InlineData("findings-go1.21.txt")]
    [InlineData("findings-go1.22.txt")]
    [InlineData("findings-go1.23.txt")]
    [InlineData("findings-go1.24.txt")]
    public void ReadsEveryToolchainsFindingsInFileOrder(string captured)
    {
        var report = ParseCaptured(captured);

        Assert.Equal(
            new (string, string?, int, int)[]
            {
                ("copylocks", "/work/m/main.go", 10, 10),
                ("printf", "/work/m/main.go", 13, 2),
                ("copylocks", "/work/m/main.go", 15, 4),
                ("printf", "/work/m/main_test.go", 6, 2),
                ("printf", "/work/m/sub/sub.go", 5, 12),
            },
            report.Findings.Select(f => (f.Analyzer, f.File, f.Line, f.Column)));
        Assert.Equal("fmt.Printf format %d has arg \"hello\" of wrong type string", report.Findings[1].Message);
        Assert.Equal("example.com/m/sub", report.Findings[4].Package);
        Assert.Empty(report.AnalyzerFailures);
        Assert.Empty(report.SourceErrors);
        Assert.Empty(report.OtherLines);
        Assert.Empty(report.UnreadableJson);
    }

    [Theory]
    [InlineData("typeerror-go1.21.txt")]
    [InlineData("typeerror-go1.24.txt")]
    public void KeepsTheFindingsOfOtherPackagesWhenOneDoesNotTypeCheck(string captured)
    {
        var report = ParseCaptured(captured);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("printf", "/work/m/sub/sub.go"), (finding.Analyzer, finding.File));
        var error = Assert.Single(report.SourceErrors);
        Assert.Equal(("/work/m/main_test.go", 6, 14), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot use \"s\"", error.Message);
    }

    [Fact]
    public void KeepsAFindingReportedForBothVariantsOfAPackageOnce()
    {
        const string Object = "{\n\t\"{0}\": {\n\t\t\"unusedresult\": [\n\t\t\t{\"posn\": \"/work/m/a.go:3:2\", \"message\": \"result of fmt.Sprintf call not used\"}\n\t\t]\n\t}\n}";
        var lines = Object.Replace("{0}", "example.com/m").Split('\n')
            .Concat(Object.Replace("{0}", "example.com/m [example.com/m.test]").Split('\n'));

        var finding = Assert.Single(Parse(lines).Findings);

        Assert.Equal("example.com/m", finding.Package);
    }

    [Fact]
    public void ReadsAnAnalyzerFailureAndBracesInsideMessages()
    {
        var report = Parse(new[]
        {
            "# example.com/m",
            "{",
            "\t\"example.com/m\": {",
            "\t\t\"asmdecl\": {\"error\": \"cannot read a.s: permission denied\"},",
            "\t\t\"printf\": [{\"posn\": \"a.go:7\", \"message\": \"unbalanced } and { \\\" inside\"}]",
            "\t}",
            "}",
        });

        var failure = Assert.Single(report.AnalyzerFailures);
        Assert.Equal(("asmdecl", "example.com/m", "cannot read a.s: permission denied"), (failure.Analyzer, failure.Package, failure.Reason));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("/work/m/a.go", 7, 0, "unbalanced } and { \" inside"), (finding.File, finding.Line, finding.Column, finding.Message));
    }

    [Fact]
    public void ACleanPackageIsAnEmptyObject()
    {
        // What Go 1.22 printed for a clean cgo package vetted for windows/amd64 with MinGW.
        var report = Parse(new[] { "# example.com/cg", "# [example.com/cg]", "{}" });

        Assert.Empty(report.Findings);
        Assert.Empty(report.UnreadableJson);
        Assert.Empty(report.OtherLines);
    }

    [Fact]
    public void ReportsJsonItCannotRead()
    {
        var cutShort = Parse(new[] { "{", "\t\"example.com/m\": {" });
        var wrongShape = Parse(new[] { "{\"example.com/m\": {\"printf\": 3}}" });
        var notJson = Parse(new[] { "{\"example.com/m\" 1}" });

        Assert.Equal("the output ended inside a JSON object", Assert.Single(cutShort.UnreadableJson));
        Assert.Contains("printf", Assert.Single(wrongShape.UnreadableJson));
        Assert.Single(notJson.UnreadableJson);
    }

    [Fact]
    public void KeepsUnlocatedLinesForTheFailureMessage()
    {
        var report = Parse(new[] { "# example.com/m", "go: updates to go.mod needed; to update it:", "\tgo mod tidy", "" });

        Assert.Equal(new[] { "go: updates to go.mod needed; to update it:", "\tgo mod tidy" }, report.OtherLines);
        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData("/abs/main.go:13:2", "/abs/main.go", 13, 2)]
    [InlineData("main.go:13", "/work/m/main.go", 13, 0)]
    [InlineData("sub/x.go", "/work/m/sub/x.go", 0, 0)]
    [InlineData("-", null, 0, 0)]
    [InlineData("", null, 0, 0)]
    public void ReadsPositions(string posn, string? file, int line, int column) =>
        Assert.Equal(new VetPosition(file, line, column), VetPosition.Parse(posn, "/work/m"));
}
