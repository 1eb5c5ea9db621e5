using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

public sealed class GofmtDiffReaderTests
{
    [Fact]
    public void FindsTheFirstChangedLineOfRealGofmtOutput()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Analysis", "gofmt-d-go1.24.txt"));

        var file = Assert.Single(GofmtDiffReader.Read(lines));

        Assert.Equal(new UnformattedFile("bad.go", 7), file);
    }

    [Fact]
    public void NamesEachFileOnceEvenWhenAContentLineLooksLikeAHeader()
    {
        var lines = new[]
        {
            "diff /m/a b.go.orig /m/a b.go",
            "--- /m/a b.go.orig",
            "+++ /m/a b.go",
            "@@ -1,2 +1,3 @@",
            " package main",
            "+",
            "-// --- x",
            "++++ y",
            "@@ -9,1 +10,1 @@",
            "-x",
            "diff /m/c.go.orig /m/c.go",
            "--- /m/c.go.orig",
            "+++ /m/c.go",
            "@@ -1 +1 @@",
            "-package  c",
            "+package c",
        };

        Assert.Equal(
            new[] { new UnformattedFile("/m/a b.go", 2), new UnformattedFile("/m/c.go", 1) },
            GofmtDiffReader.Read(lines));
    }

    [Fact]
    public void NoDiffMeansNoFile() => Assert.Empty(GofmtDiffReader.Read(Array.Empty<string>()));
}
