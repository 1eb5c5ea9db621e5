using System.Xml.Linq;
using Go.Sdk.Tasks.Coverage.Cobertura;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class CoberturaWriterTests
{
    [Theory]
    [InlineData(0, 0, "1")]
    [InlineData(0, 7, "0")]
    [InlineData(7, 7, "1")]
    [InlineData(1, 2, "0.5")]
    [InlineData(29, 100, "0.29")]
    [InlineData(2, 3, "0.6666")]
    [InlineData(99999, 100000, "0.9999")]
    public void RatesAreTruncatedToFourDecimalsAndNeverRoundUpToOne(int covered, int valid, string expected) =>
        Assert.Equal(expected, CoberturaWriter.Rate(covered, valid));

    [Fact]
    public void FilesOutsideTheModuleWidenTheSourceToTheirCommonFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "ws");
        var report = new CoverageReport(CoverMode.Set, new[]
        {
            Package("example.com/app", Path.Combine(root, "app", "a.go")),
            Package("example.com/lib", Path.Combine(root, "lib", "sub", "b.go")),
            Package("example.com/gone", null),
        });
        var xml = new MemoryStream();
        CoberturaWriter.Write(report, xml, new CoberturaOptions(Path.Combine(root, "app"), 0, "1"));
        var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml.ToArray()));

        Assert.Equal(root, doc.Descendants("source").Single().Value);
        Assert.Equal(new[] { "app/a.go", "lib/sub/b.go", "example.com/gone/x.go" }, doc.Descendants("class").Select(c => (string)c.Attribute("filename")!));
        Assert.Equal(new[] { "a", "b", "x" }, doc.Descendants("class").Select(c => (string)c.Attribute("name")!));
    }

    [Fact]
    public void EscapesSignaturesAndReplacesCharactersXmlCannotHold()
    {
        var signature = "(v struct{ X int `json:\"x,<&>\"` }, s string) \u0001\uD83D\uDE00";
        var function = new CoverageFunction("(*T).M", signature, 3, 3, new[] { new CoverageLine(3, 1, 1) }, new CoverageCounts(1, 1, 1, 1));
        var file = new CoverageFile("m/a.go", null, new[] { function }, function.Lines, function.Counts);
        var xml = new MemoryStream();
        CoberturaWriter.Write(new CoverageReport(CoverMode.Set, new[] { new CoveragePackage("m", new[] { file }) }), xml, new CoberturaOptions(Path.GetTempPath(), 0, "1"));

        var method = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml.ToArray())).Descendants("method").Single();
        Assert.Equal("(v struct{ X int `json:\"x,<&>\"` }, s string) \uFFFD\uD83D\uDE00", (string)method.Attribute("signature")!);
    }

    private static CoveragePackage Package(string importPath, string? fullPath)
    {
        var name = fullPath is null ? "x.go" : Path.GetFileName(fullPath);
        var lines = new[] { new CoverageLine(3, 1, 1) };
        return new CoveragePackage(importPath, new[]
        {
            new CoverageFile($"{importPath}/{name}", fullPath, Array.Empty<CoverageFunction>(), lines, new CoverageCounts(1, 1, 1, 1)),
        });
    }
}
