using Go.Sdk.Tasks.Tests.Toolchain.Trust;
using Go.Sdk.Tasks.Toolchain.Trust;
using Go.Sdk.UpdateChecksums;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Updater;

public class SumDbClientTests
{
    private const string Module = "golang.org/toolchain";
    private const string Version = "v0.0.1-go1.24.5.linux-arm";

    private static string Recorded(string version) =>
        File.ReadAllText(TrustTestFiles.TestData("Updater", "sumdb", "lookup", "golang.org", $"toolchain@{version}"));

    [Fact]
    public void ReadsTheRecordLinesAndIgnoresTheTreeHead()
    {
        var entries = SumDbClient.ParseLookup(Recorded(Version), Module, Version, "lookup");

        Assert.Equal(new[] { $"{Module}@{Version}", $"{Module}@{Version}/go.mod" }, entries.Select(e => e.Subject));
        Assert.All(entries, e => Assert.Equal(ChecksumKind.H1, e.Kind));
    }

    [Fact]
    public void AcceptsWindowsLineEndings()
    {
        var entries = SumDbClient.ParseLookup(Recorded(Version).Replace("\n", "\r\n"), Module, Version, "lookup");
        Assert.Equal(2, entries.Count);
    }

    [Fact]
    public void RefusesARecordAboutAnotherVersion()
    {
        var e = Assert.Throws<InvalidDataException>(() =>
            SumDbClient.ParseLookup(Recorded(Version), Module, "v0.0.1-go1.24.5.linux-amd64", "lookup"));
        Assert.Contains(Version, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>captive portal</html>")]
    [InlineData("notanid\ngolang.org/toolchain v0.0.1-go1.24.5.linux-arm h1:x=\n\ntree")]
    [InlineData("12\ngolang.org/toolchain v0.0.1-go1.24.5.linux-arm\n\ntree")]
    public void RefusesWhatIsNotARecord(string body) =>
        Assert.Throws<InvalidDataException>(() => SumDbClient.ParseLookup(body, Module, Version, "lookup"));

    [Fact]
    public async Task UnknownVersionIsNullNotAnError()
    {
        using var http = new HttpClient(new RecordedResponses(TrustTestFiles.TestData("Updater", "index.json")));
        var client = new SumDbClient(http, RecordedResponses.SumDbBase + "/");

        Assert.Null(await client.LookupAsync(Module, "v0.0.1-go1.27.0.linux-arm", CancellationToken.None));
        Assert.NotNull(await client.LookupAsync(Module, Version, CancellationToken.None));
    }
}
