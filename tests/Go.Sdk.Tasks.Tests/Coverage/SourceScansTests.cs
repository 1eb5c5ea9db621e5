using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class SourceScansTests
{
    [Fact]
    public void MergerStartsEachFileOnceAndScansFindItsFunctions()
    {
        using var temp = new TempDirectory();
        temp.Write("go.mod", "module example.com/m\n");
        temp.Write("a.go", "package m\n\nfunc A() int {\n\treturn 1\n}\n");
        var started = new List<string>();
        var scans = new SourceScans(new SourceLocator(new GoModule("example.com/m", temp.Path), Array.Empty<GoModule>()).Locate);
        var merger = new CoverProfileMerger(name =>
        {
            started.Add(name);
            scans.Start(name);
        });
        merger.Add(CoverProfileReader.Open(new StringReader(
            "mode: set\nexample.com/m/a.go:3.14,5.2 1 1\nexample.com/m/b.go:3.14,5.2 1 0\nexample.com/m/a.go:3.14,5.2 1 0\n"), "p.out"));

        Assert.Equal(new[] { "example.com/m/a.go", "example.com/m/b.go" }, started);
        var a = scans.Get("example.com/m/a.go");
        Assert.Equal(Path.Combine(temp.Path, "a.go"), a.FullPath);
        Assert.Equal("A", Assert.Single(a.Functions).Name);
        var missing = scans.Get("example.com/m/b.go");
        Assert.Null(missing.FullPath);
        Assert.Empty(missing.Functions);
    }

    [Fact]
    public void FileNeverStartedIsScannedWhenAskedFor()
    {
        using var temp = new TempDirectory();
        temp.Write("c.go", "package m\n\nfunc (s *S) C() {}\n");
        var scans = new SourceScans(name => Path.Combine(temp.Path, name));

        var c = scans.Get("c.go");

        Assert.Equal("(*S).C", Assert.Single(c.Functions).Name);
    }
}
