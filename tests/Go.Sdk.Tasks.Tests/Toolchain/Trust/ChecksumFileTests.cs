using Go.Sdk.Tasks.Toolchain.Trust;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

public class ChecksumFileTests
{
    [Fact]
    public void ReadsSha256sumLinesByArchiveFileName()
    {
        var entries = ChecksumFile.Read(TrustTestFiles.TestData("enterprise-rebuild.sha256"), "rebuild");

        Assert.Equal(
            new[] { "go1.22.12.linux-amd64.tar.gz", "go1.22.12.windows-amd64.zip" },
            entries.Select(e => e.Subject));
        Assert.All(entries, e => Assert.Equal(ChecksumKind.Sha256, e.Kind));
        Assert.All(entries, e => Assert.Equal("rebuild", e.Source));
    }

    [Fact]
    public void ReadsGoSumLinesAsModuleSubjects()
    {
        var entries = ChecksumFile.Parse(new StringReader(
            "golang.org/toolchain v0.0.1-go1.22.12.linux-amd64 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"), "sum");

        var entry = Assert.Single(entries);
        Assert.Equal("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64", entry.Subject);
        Assert.Equal(ChecksumKind.H1, entry.Kind);
    }

    [Fact]
    public void UppercaseHexIsStoredLowercase()
    {
        var entry = Assert.Single(ChecksumFile.Read(TrustTestFiles.TestData("agreeing.sha256"), "x"));
        Assert.Equal(entry.Value.ToLowerInvariant(), entry.Value);
    }

    [Fact]
    public void MalformedLineReportsFileAndLine()
    {
        var path = TrustTestFiles.TestData("malformed.sha256");

        var e = Assert.Throws<ChecksumFormatException>(() => ChecksumFile.Read(path, path));

        Assert.Equal(path, e.File);
        Assert.Equal(3, e.LineNumber);
        Assert.StartsWith("0f0e0d0c  go1.22.13", e.LineText);
    }
}
