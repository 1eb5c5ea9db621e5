using Go.Sdk.Tasks.Tests.Toolchain.Trust;
using Go.Sdk.UpdateChecksums;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Updater;

public class UpdateOptionsTests
{
    [Fact]
    public void DefaultsToGoDevTheChecksumDatabaseAndTheRepositoryManifest()
    {
        using var repo = new ScratchDirectory();
        File.WriteAllText(repo.File("GoSdk.sln"), "");
        var nested = Directory.CreateDirectory(repo.File("eng")).FullName;

        var options = UpdateOptions.Parse(Array.Empty<string>(), nested);

        Assert.Equal(
            new UpdateOptions(Path.Combine(repo.Path, "src", "Go.Sdk", "checksums"), UpdateOptions.DefaultIndexUrl, false, SumDbClient.DefaultBase, false),
            options);
    }

    [Fact]
    public void EveryHostCanBeOverridden()
    {
        using var dir = new ScratchDirectory();

        var options = UpdateOptions.Parse(
            new[] { "--from-file", "saved.json", "--sumdb", "https://sumdb.internal", "--output", "out" }, dir.Path);

        Assert.Equal(
            new UpdateOptions(dir.File("out"), dir.File("saved.json"), true, "https://sumdb.internal", false),
            options);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--output")]
    public void RejectsWhatItDoesNotKnow(string arg)
    {
        using var dir = new ScratchDirectory();
        File.WriteAllText(dir.File("GoSdk.sln"), "");
        Assert.Throws<ArgumentException>(() => UpdateOptions.Parse(new[] { arg }, dir.Path));
    }
}
