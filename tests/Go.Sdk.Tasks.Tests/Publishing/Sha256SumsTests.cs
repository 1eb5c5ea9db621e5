using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Publishing;
using Microsoft.Build.Utilities;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Publishing;

public sealed class Sha256SumsTests : IDisposable
{
    private readonly ReleaseFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void WritesSortedSha256sumLinesWithLineFeeds()
    {
        var sums = Path.Combine(_files.Root, "SHA256SUMS");
        Sha256Sums.Write(sums, new[] { ("hello", _files.Binary), ("README.md", _files.Readme) });
        var text = File.ReadAllText(sums);
        Assert.Equal(
            $"{Sha256Sums.Hash(_files.Readme)}  README.md\n{Sha256Sums.Hash(_files.Binary)}  hello\n",
            text);
        Assert.Equal("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", Sha256Sums.Hash(_files.Readme)); // sha256 of "hello\n"
    }

    [Fact]
    public void Sha256sumChecksWhatItWrote()
    {
        var sums = Path.Combine(_files.Root, "SHA256SUMS");
        Sha256Sums.Write(sums, new[] { ("hello", _files.Binary), ("README.md", _files.Readme) });
        Assert.Equal("README.md: OK\nhello: OK\n", ReleaseFiles.Run("sha256sum", _files.Root, "-c", "SHA256SUMS"));
    }

    [Fact]
    public void TwoFilesWithOneNameAreCode0508() =>
        Assert.Equal("GOSDK0508", Assert.Throws<GoSdkException>(() =>
            Sha256Sums.Write(Path.Combine(_files.Root, "S"), new[] { ("a", _files.Binary), ("a", _files.Readme) })).Diagnostic.Code);

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("back\\slash")]
    [InlineData("")]
    public void NamesShaSumCannotReadAreCode0513(string name) =>
        Assert.Equal("GOSDK0513", Assert.Throws<GoSdkException>(() =>
            Sha256Sums.Write(Path.Combine(_files.Root, "S"), new[] { (name, _files.Binary) })).Diagnostic.Code);

    [Fact]
    public void TaskListsFilesByChecksumNameOrFileName()
    {
        var readme = new TaskItem(_files.Readme);
        readme.SetMetadata("ChecksumName", "hello-README.md");
        var task = new WriteSha256Sums
        {
            BuildEngine = new RecordingBuildEngine(),
            Files = new[] { new TaskItem(_files.Binary), readme },
            OutputFile = Path.Combine(_files.Root, "out", "SHA256SUMS"),
        };
        Assert.True(task.Execute());
        var names = File.ReadAllLines(task.OutputFile).Select(line => line.Substring(66));
        Assert.Equal(new[] { "hello", "hello-README.md" }, names);
    }
}
