using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Diagnostics;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class CoverProfileTests
{
    [Fact]
    public void ReadsModeAndBlocksWithColonsAndDotsInTheFileName()
    {
        var reader = Open("mode: count\nexample.com/a.b/x:y.go:3.14,5.2 2 7\n\nexample.com/a.b/x:y.go:6.2,6.10 1 0\n");
        Assert.Equal(CoverMode.Count, reader.Mode);
        Assert.True(reader.TryRead(out var file, out var block));
        Assert.Equal("example.com/a.b/x:y.go", file);
        Assert.Equal(new ProfileBlock(3, 14, 5, 2, 2, 7), block);
        Assert.True(reader.TryRead(out var again, out _));
        Assert.Same(file, again);
        Assert.Equal(4, reader.LineNumber);
        Assert.False(reader.TryRead(out _, out _));
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("example.com/a.go:1.1,2.2 1 1", 1, "not 'mode: set|count|atomic'")]
    [InlineData("mode: fast", 1, "'fast' is not a cover mode")]
    [InlineData("mode: set\nexample.com/a.go:1.1,2.2 1", 2, "no statement count")]
    [InlineData("mode: set\nexample.com/a.go:1.1,2.2 1 -1", 2, "'-1' is not a non-negative number")]
    [InlineData("mode: set\n:1.1,2.2 1 1", 2, "file name is missing")]
    [InlineData("mode: set\nexample.com/a.go:5.1,2.2 1 1", 2, "ends before it starts")]
    [InlineData("mode: set\nexample.com/a.go:1.1,2.2 1 99999999999999999999", 2, "is not a non-negative number")]
    public void RejectsMalformedProfilesWithTheLine(string text, int line, string detail)
    {
        var e = Assert.Throws<GoSdkException>(() =>
        {
            var reader = Open(text);
            while (reader.TryRead(out _, out _)) { }
        });
        Assert.Equal("GOSDK0402", e.Diagnostic.Code);
        Assert.Equal(line, e.Diagnostic.Line);
        Assert.Equal("p.out", e.Diagnostic.File);
        Assert.Contains(detail, e.Diagnostic.Message);
    }

    [Fact]
    public void AcceptsARepeatedModeLineOfTheSameMode()
    {
        var merged = Merge("mode: set\nm/a.go:1.1,2.2 1 0\nmode: set\nm/a.go:1.1,2.2 1 1\n");
        Assert.Equal(1, Assert.Single(Assert.Single(merged.Files).Blocks).Count);
    }

    [Fact]
    public void RejectsAModeChangeInsideOneProfile()
    {
        var e = Assert.Throws<GoSdkException>(() => Merge("mode: set\nm/a.go:1.1,2.2 1 0\nmode: count\n"));
        Assert.Equal("GOSDK0401", e.Diagnostic.Code);
    }

    [Fact]
    public void SetModeMergesRepeatsByOr()
    {
        var merged = Merge("mode: set\nm/a.go:1.1,2.2 1 1\nm/a.go:3.1,4.2 1 0\n", "mode: set\nm/a.go:1.1,2.2 1 1\nm/a.go:3.1,4.2 1 0\n");
        Assert.Equal(new long[] { 1, 0 }, merged.Files[0].Blocks.Select(b => b.Count));
    }

    [Theory]
    [InlineData("count")]
    [InlineData("atomic")]
    public void CountingModesMergeRepeatsBySum(string mode)
    {
        var merged = Merge($"mode: {mode}\nm/a.go:1.1,2.2 1 3\n", $"mode: {mode}\nm/a.go:1.1,2.2 1 4\nm/a.go:1.1,2.2 1 0\n");
        Assert.Equal(7, Assert.Single(merged.Files[0].Blocks).Count);
    }

    [Fact]
    public void ProfilesOfDifferentModesDoNotMerge()
    {
        var e = Assert.Throws<GoSdkException>(() => Merge("mode: set\n", "mode: atomic\n"));
        Assert.Equal("GOSDK0401", e.Diagnostic.Code);
        Assert.Contains("set", e.Diagnostic.Message);
        Assert.Contains("atomic", e.Diagnostic.Message);
    }

    [Fact]
    public void ABlockWithTwoStatementCountsComesFromTwoVersionsOfTheSource()
    {
        var e = Assert.Throws<GoSdkException>(() => Merge("mode: set\nm/a.go:1.1,2.2 1 1\n", "mode: set\nm/a.go:1.1,2.2 2 1\n"));
        Assert.Equal("GOSDK0403", e.Diagnostic.Code);
        Assert.Contains("m/a.go:1.1,2.2", e.Diagnostic.Message);
    }

    [Fact]
    public void AMissingProfileIsACodedError()
    {
        var e = Assert.Throws<GoSdkException>(() => new CoverProfileMerger().AddFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".out")));
        Assert.Equal("GOSDK0404", e.Diagnostic.Code);
    }

    [Fact]
    public void WritesFilesByNameAndBlocksByStartAsGoDoes()
    {
        var merged = Merge("mode: count\nm/b.go:9.1,9.5 1 1\nm/a.go:5.3,6.1 1 0\nm/a.go:5.1,5.2 2 4\nm/a.go:1.1,2.2 1 1\n");
        var text = new StringWriter();
        CoverProfileWriter.Write(merged, text);
        Assert.Equal("mode: count\nm/a.go:1.1,2.2 1 1\nm/a.go:5.1,5.2 2 4\nm/a.go:5.3,6.1 1 0\nm/b.go:9.1,9.5 1 1\n", text.ToString());
    }

    [Fact]
    public void NothingToMergeIsAnEmptySetProfile()
    {
        var merged = new CoverProfileMerger().Merge();
        Assert.Equal(CoverMode.Set, merged.Mode);
        Assert.Empty(merged.Files);
    }

    private static CoverProfileReader Open(string text) => CoverProfileReader.Open(new StringReader(text), "p.out");

    private static MergedCoverProfile Merge(params string[] profiles)
    {
        var merger = new CoverProfileMerger();
        foreach (var profile in profiles)
        {
            merger.Add(Open(profile));
        }
        return merger.Merge();
    }
}
