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
    [InlineData("", "\n", "\n")]
    [InlineData("\uFEFF", "\r\n", "")]
    [InlineData("", "\n", "")]
    public void ReadsUtf8FilesWithAnyLineEndAndLinesLongerThanTheReadBuffer(string byteOrderMark, string newline, string last)
    {
        var longName = "example.com/" + new string('d', 100_000) + "/é.go";
        var text = byteOrderMark + "mode: set" + newline + "example.com/a.go:1.1,2.2 1 1" + newline
            + longName + ":3.1,4.2 2 0" + newline + newline + "example.com/a.go:5.1,6.2 1 3" + last;
        using var temp = new TempDirectory();
        var path = temp.Write("p.out", text);

        var merger = new CoverProfileMerger();
        merger.AddFile(path);
        var files = merger.Merge().Files;

        Assert.Equal(new[] { "example.com/a.go", longName }, files.Select(f => f.FileName));
        Assert.Equal(new[] { new ProfileBlock(1, 1, 2, 2, 1, 1), new ProfileBlock(5, 1, 6, 2, 1, 3) }, files[0].Blocks);
        Assert.Equal(new ProfileBlock(3, 1, 4, 2, 2, 0), Assert.Single(files[1].Blocks));
    }

    [Fact]
    public void ReadsUtf16FilesAsText()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "p.out");
        File.WriteAllText(path, "mode: count\r\nexample.com/a.go:1.1,2.2 1 4\r\n", System.Text.Encoding.Unicode);

        var merger = new CoverProfileMerger();
        merger.AddFile(path);

        var file = Assert.Single(merger.Merge().Files);
        Assert.Equal("example.com/a.go", file.FileName);
        Assert.Equal(new ProfileBlock(1, 1, 2, 2, 1, 4), Assert.Single(file.Blocks));
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
