using System.Diagnostics;
using Go.Sdk.Tasks.Publishing;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Tests.Pipelines;

/// <summary>
/// The fan-in of a release published in slices by several CI jobs: each job's folder holds its archives and the
/// SHA256SUMS it wrote; the merge must give one folder that <c>sha256sum -c</c> accepts, or fail with a code.
/// </summary>
public sealed class ReleaseMergeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-merge-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Release => Path.Combine(_root, "release");

    /// <summary>A job's artifact: the files with the given contents and a SHA256SUMS over them, as publish writes it.</summary>
    private string Job(string name, params (string File, string Content)[] files)
    {
        var folder = Path.Combine(_root, "parts", name);
        Directory.CreateDirectory(folder);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), content);
        }
        var sums = Path.Combine(folder, "SHA256SUMS");
        Sha256Sums.Write(sums, files.Select(f => (f.File, Path.Combine(folder, f.File))));
        return sums;
    }

    private (MergeSha256Sums Task, RecordingBuildEngine Engine, bool Succeeded) Merge(params string[] checksumFiles)
    {
        var engine = new RecordingBuildEngine();
        var task = new MergeSha256Sums
        {
            BuildEngine = engine,
            ChecksumFiles = checksumFiles.Select(f => new TaskItem(f)).ToArray(),
            DestinationDirectory = Release,
        };
        return (task, engine, task.Execute());
    }

    private static string Sha256sumCheck(string folder)
    {
        var info = new ProcessStartInfo("sha256sum", "-c SHA256SUMS") { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        return output;
    }

    [Fact]
    public void TwoJobsPartsBecomeOneReleaseThatSha256sumAccepts()
    {
        var linux = Job("linux", ("hello-linux-arm64.tar.gz", "arm64"), ("hello-linux-amd64.tar.gz", "amd64"));
        var windows = Job("windows", ("hello-windows-amd64.zip", "windows"));

        var (task, engine, succeeded) = Merge(windows, linux);

        Assert.True(succeeded, engine.AllText);
        Assert.Equal(
            ["hello-linux-amd64.tar.gz: OK", "hello-linux-arm64.tar.gz: OK", "hello-windows-amd64.zip: OK"],
            Sha256sumCheck(Release).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Path.Combine(Release, "SHA256SUMS"), task.OutputFile);
        Assert.Equal(["hello-linux-amd64.tar.gz", "hello-linux-arm64.tar.gz", "hello-windows-amd64.zip"],
            task.MergedFiles.Select(f => Path.GetFileName(f.ItemSpec)));
        Assert.Contains("Merged 2 SHA256SUMS (3 files, each verified)", engine.AllText);
    }

    [Fact]
    public void TheSameArchiveFromTwoJobsIsListedOnce()
    {
        var first = Job("a", ("hello-linux-amd64.tar.gz", "same bytes"));
        var second = Job("b", ("hello-linux-amd64.tar.gz", "same bytes"), ("hello-darwin-arm64.tar.gz", "darwin"));

        var (_, engine, succeeded) = Merge(first, second);

        Assert.True(succeeded, engine.AllText);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(Release, "SHA256SUMS")).Length);
    }

    [Fact]
    public void OneNameWithOtherBytesFromTwoJobsFailsWithGosdk0803AndWritesNothing()
    {
        var first = Job("a", ("hello-linux-amd64.tar.gz", "built once"));
        var second = Job("b", ("hello-linux-amd64.tar.gz", "built differently"));

        var (_, engine, succeeded) = Merge(first, second);

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("GOSDK0803", error.Code);
        Assert.Contains("'hello-linux-amd64.tar.gz'", error.Message);
        Assert.False(Directory.Exists(Release));
    }

    [Fact]
    public void AFileChangedAfterItsJobFailsWithGosdk0801AtItsLine()
    {
        var sums = Job("a", ("hello-linux-amd64.tar.gz", "amd64"), ("hello-linux-arm64.tar.gz", "arm64"));
        File.AppendAllText(Path.Combine(Path.GetDirectoryName(sums)!, "hello-linux-arm64.tar.gz"), "tampered");

        var (_, engine, succeeded) = Merge(sums);

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("GOSDK0801", sums, 2), (error.Code, error.File, error.LineNumber));
        Assert.Contains("'hello-linux-arm64.tar.gz' does not match its SHA256SUMS line", error.Message);
    }

    [Fact]
    public void AListedFileThatIsNotThereFailsWithGosdk0802()
    {
        var sums = Job("a", ("hello-linux-amd64.tar.gz", "amd64"));
        File.Delete(Path.Combine(Path.GetDirectoryName(sums)!, "hello-linux-amd64.tar.gz"));

        var (_, engine, succeeded) = Merge(sums);

        Assert.False(succeeded);
        Assert.Equal(("GOSDK0802", 1), (engine.Errors.Single().Code, engine.Errors.Single().LineNumber));
    }

    [Theory]
    [InlineData("not a checksum line", "GOSDK0804")]
    [InlineData("0123  short-hash.tar.gz", "GOSDK0804")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 -missing-separator", "GOSDK0804")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  ../outside.tar.gz", "GOSDK0806")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  /etc/passwd", "GOSDK0806")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  dist//hello.zip", "GOSDK0806")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  dist\\hello.zip", "GOSDK0806")]
    public void ALineThatIsNotASafeSha256sumLineIsRefused(string line, string code)
    {
        var sums = Job("a", ("hello-linux-amd64.tar.gz", "amd64"));
        File.AppendAllText(sums, line + "\n");

        var (_, engine, succeeded) = Merge(sums);

        Assert.False(succeeded);
        Assert.Equal((code, sums, 2), (engine.Errors.Single().Code, engine.Errors.Single().File, engine.Errors.Single().LineNumber));
    }

    [Fact]
    public void BinaryModeLinesNamesWithSpacesAndSubfoldersAreMerged()
    {
        var folder = Path.Combine(_root, "parts", "manual");
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        File.WriteAllText(Path.Combine(folder, "read me.txt"), "text");
        File.WriteAllText(Path.Combine(folder, "docs", "guide.md"), "guide");
        var sums = Path.Combine(folder, "SHA256SUMS");
        File.WriteAllText(sums,
            $"{Sha256Sums.Hash(Path.Combine(folder, "read me.txt"))} *read me.txt\n\n{Sha256Sums.Hash(Path.Combine(folder, "docs", "guide.md"))}  docs/guide.md\n");

        var (_, engine, succeeded) = Merge(sums);

        Assert.True(succeeded, engine.AllText);
        Assert.Equal(["docs/guide.md: OK", "read me.txt: OK"], Sha256sumCheck(Release).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void MergingIntoAJobsOwnFolderKeepsItsFilesAndAddsTheOthers()
    {
        var linux = Job("linux", ("hello-linux-amd64.tar.gz", "amd64"));
        var windows = Job("windows", ("hello-windows-amd64.zip", "windows"));
        var engine = new RecordingBuildEngine();
        var task = new MergeSha256Sums
        {
            BuildEngine = engine,
            ChecksumFiles = [new TaskItem(linux), new TaskItem(windows)],
            DestinationDirectory = Path.GetDirectoryName(linux)!,
        };

        Assert.True(task.Execute(), engine.AllText);
        Assert.Equal(2, Sha256sumCheck(Path.GetDirectoryName(linux)!).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void AChecksumFileThatDoesNotExistFailsWithGosdk0807()
    {
        var (_, engine, succeeded) = Merge(Path.Combine(_root, "parts", "never-downloaded", "SHA256SUMS"));

        Assert.False(succeeded);
        Assert.Equal("GOSDK0807", engine.Errors.Single().Code);
    }
}
