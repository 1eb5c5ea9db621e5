using Go.Sdk.Tasks.Tests.Toolchain.Trust;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.UpdateChecksums;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Updater;

public class ReleaseIndexTests
{
    private static ReleaseIndex Recorded() =>
        ReleaseIndex.Parse(File.ReadAllText(TrustTestFiles.TestData("Updater", "index.json")));

    [Fact]
    public void ListsOnlyPublishedArchivesOfStableReleasesSince121InIndexOrder()
    {
        Assert.Equal(
            new[]
            {
                "go1.27.0.linux-amd64.tar.gz", "go1.27.0.linux-armv6l.tar.gz", "go1.27.0.windows-amd64.zip",
                "go1.24.5.linux-amd64.tar.gz", "go1.24.5.linux-armv6l.tar.gz", "go1.24.5.windows-amd64.zip",
                "go1.24.4.linux-amd64.tar.gz", "go1.24.4.windows-amd64.zip",
            },
            Recorded().StableArchives().Select(a => a.File.FileName));
    }

    [Theory]
    [InlineData("linux", "armv6l", "v0.0.1-go1.22.12.linux-arm")]
    [InlineData("windows", "armv6l", "v0.0.1-go1.22.12.windows-arm")]
    [InlineData("linux", "arm64", "v0.0.1-go1.22.12.linux-arm64")]
    [InlineData("darwin", "amd64", "v0.0.1-go1.22.12.darwin-amd64")]
    public void ModuleVersionUsesGoarchNotTheArchiveSpelling(string os, string arch, string expected) =>
        Assert.Equal(expected, new IndexFile("f", os, arch, "", "archive").ModuleVersion(GoVersion.Parse("1.22.12")));

    [Fact]
    public void EveryArchiveOfTheCommittedManifestHasItsModuleVersionInTheCommittedSumFile()
    {
        // Cross-checks the armv6l -> arm rule against the checksum database's own records, for every release it has.
        var sums = File.ReadAllLines(TrustTestFiles.CommittedManifest(ManifestText.ModulesFileName))
            .Select(l => l.Split(' ')[1])
            .ToHashSet(StringComparer.Ordinal);
        var archives = File.ReadAllLines(TrustTestFiles.CommittedManifest(ManifestText.ArchivesFileName))
            .Select(l => l.Split("  ")[1])
            .Select(n => ArchiveName.TryParse(n, out var a) ? a : throw new InvalidDataException(n))
            .Where(a => sums.Any(s => s.StartsWith($"v0.0.1-{a.Version.GoName}.", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(archives);
        Assert.All(archives, a =>
            Assert.Contains(new IndexFile(a.ArchiveFileName, a.GoOS, a.GoArch, "", "archive").ModuleVersion(a.Version), sums));
    }
}
