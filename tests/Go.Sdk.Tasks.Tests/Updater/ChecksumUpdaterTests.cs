using System.Net;
using Go.Sdk.Tasks.Tests.Toolchain.Trust;
using Go.Sdk.UpdateChecksums;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Updater;

public class ChecksumUpdaterTests
{
    private static readonly string IndexFile = TrustTestFiles.TestData("Updater", "index.json");

    private static string[] ManifestFiles => new[] { ManifestText.ArchivesFileName, ManifestText.ModulesFileName };

    private static ScratchDirectory ExistingManifest()
    {
        var scratch = new ScratchDirectory();
        foreach (var name in ManifestFiles)
        {
            File.Copy(TrustTestFiles.TestData("Updater", "existing", name), scratch.File(name));
        }
        return scratch;
    }

    private static UpdateOptions Online(string output) =>
        new(output, RecordedResponses.IndexUrl, IndexIsFile: false, RecordedResponses.SumDbBase, SkipSumDb: false);

    private static async Task<UpdateSummary> RunAsync(RecordedResponses responses, UpdateOptions options)
    {
        using var http = new HttpClient(responses);
        return await new ChecksumUpdater(http, TextWriter.Null).RunAsync(options, CancellationToken.None);
    }

    [Fact]
    public async Task AddsNewReleasesAndKeepsExistingLinesInManifestOrder()
    {
        using var output = ExistingManifest();

        await RunAsync(new RecordedResponses(IndexFile), Online(output.Path));

        foreach (var name in ManifestFiles)
        {
            Assert.Equal(File.ReadAllText(TrustTestFiles.TestData("Updater", "expected", name)), File.ReadAllText(output.File(name)));
        }
    }

    [Fact]
    public async Task AsksTheChecksumDatabaseOnlyForModuleVersionsItLacks()
    {
        using var output = ExistingManifest();
        var responses = new RecordedResponses(IndexFile);

        await RunAsync(responses, Online(output.Path));

        Assert.Equal(
            new[]
            {
                "golang.org/toolchain@v0.0.1-go1.24.4.windows-amd64",
                "golang.org/toolchain@v0.0.1-go1.24.5.linux-amd64",
                "golang.org/toolchain@v0.0.1-go1.24.5.linux-arm",
                "golang.org/toolchain@v0.0.1-go1.24.5.windows-amd64",
                "golang.org/toolchain@v0.0.1-go1.27.0.linux-amd64",
                "golang.org/toolchain@v0.0.1-go1.27.0.linux-arm",
                "golang.org/toolchain@v0.0.1-go1.27.0.windows-amd64",
            },
            responses.Lookups);
    }

    [Fact]
    public async Task SummaryCountsWhatChangedAndListsVersionsTheDatabaseLacks()
    {
        using var output = ExistingManifest();

        var summary = await RunAsync(new RecordedResponses(IndexFile), Online(output.Path));

        Assert.Equal((7, 9, 8, 12), (summary.ArchivesAdded, summary.ArchivesTotal, summary.ModuleLinesAdded, summary.ModuleLinesTotal));
        Assert.Equal(
            new[] { "v0.0.1-go1.27.0.linux-amd64", "v0.0.1-go1.27.0.linux-arm", "v0.0.1-go1.27.0.windows-amd64" },
            summary.NotInSumDb.OrderBy(v => v, StringComparer.Ordinal));
    }

    [Fact]
    public async Task SecondRunChangesNothing()
    {
        using var output = ExistingManifest();
        await RunAsync(new RecordedResponses(IndexFile), Online(output.Path));
        var first = ManifestFiles.Select(n => File.ReadAllText(output.File(n))).ToList();

        var summary = await RunAsync(new RecordedResponses(IndexFile), Online(output.Path));

        Assert.Equal((0, 0), (summary.ArchivesAdded, summary.ModuleLinesAdded));
        Assert.Equal(first, ManifestFiles.Select(n => File.ReadAllText(output.File(n))));
    }

    [Fact]
    public async Task SavedIndexWithoutChecksumDatabaseAsksNothingOverTheNetwork()
    {
        using var output = ExistingManifest();
        var responses = new RecordedResponses(IndexFile);

        await RunAsync(responses, new UpdateOptions(output.Path, IndexFile, IndexIsFile: true, RecordedResponses.SumDbBase, SkipSumDb: true));

        Assert.Empty(responses.Requests);
        Assert.Equal(
            File.ReadAllText(TrustTestFiles.TestData("Updater", "expected", ManifestText.ArchivesFileName)),
            File.ReadAllText(output.File(ManifestText.ArchivesFileName)));
        Assert.Equal(
            File.ReadAllText(TrustTestFiles.TestData("Updater", "existing", ManifestText.ModulesFileName)),
            File.ReadAllText(output.File(ManifestText.ModulesFileName)));
    }

    [Fact]
    public async Task RewritingTheCommittedManifestLeavesItByteForByte()
    {
        using var output = new ScratchDirectory();
        foreach (var name in ManifestFiles)
        {
            File.Copy(TrustTestFiles.CommittedManifest(name), output.File(name));
        }
        var emptyIndex = output.File("index.json");
        File.WriteAllText(emptyIndex, "[]");

        await RunAsync(new RecordedResponses(emptyIndex), new UpdateOptions(output.Path, emptyIndex, IndexIsFile: true, RecordedResponses.SumDbBase, SkipSumDb: true));

        foreach (var name in ManifestFiles)
        {
            Assert.Equal(File.ReadAllBytes(TrustTestFiles.CommittedManifest(name)), File.ReadAllBytes(output.File(name)));
        }
    }

    [Fact]
    public async Task ChangedPublishedChecksumStopsTheUpdate()
    {
        using var output = ExistingManifest();
        var path = output.File(ManifestText.ArchivesFileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("77e5da33", "00000000"));

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => RunAsync(new RecordedResponses(IndexFile), Online(output.Path)));

        Assert.Contains("go1.24.4.linux-amd64.tar.gz", e.Message);
        Assert.Contains(path, e.Message);
        Assert.Contains(RecordedResponses.IndexUrl, e.Message);
    }

    [Fact]
    public async Task FailingChecksumDatabaseStopsTheUpdate()
    {
        using var output = ExistingManifest();
        var responses = new RecordedResponses(IndexFile) { LookupStatus = HttpStatusCode.InternalServerError };

        await Assert.ThrowsAsync<HttpRequestException>(() => RunAsync(responses, Online(output.Path)));
    }

    [Fact]
    public async Task StartsFromNothing()
    {
        using var output = new ScratchDirectory();
        var target = Path.Combine(output.Path, "checksums");

        var summary = await RunAsync(new RecordedResponses(IndexFile), Online(target));

        Assert.Equal(8, summary.ArchivesTotal);
        Assert.True(File.Exists(Path.Combine(target, ManifestText.ModulesFileName)));
    }
}
