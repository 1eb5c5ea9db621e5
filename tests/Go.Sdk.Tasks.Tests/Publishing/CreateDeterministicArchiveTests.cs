using Go.Sdk.Tasks.Publishing;
using Microsoft.Build.Utilities;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Publishing;

public sealed class CreateDeterministicArchiveTests : IDisposable
{
    private readonly ReleaseFiles _files = new();

    public void Dispose() => _files.Dispose();

    private (CreateDeterministicArchive Task, RecordingBuildEngine Engine) Task(string archive, params TaskItem[] files)
    {
        var engine = new RecordingBuildEngine();
        return (new CreateDeterministicArchive { BuildEngine = engine, Files = files, ArchiveFile = Path.Combine(_files.Root, archive) }, engine);
    }

    [Fact]
    public void UsesArchivePathAndExecutableMetadataAndDetectsTheRest()
    {
        var readme = new TaskItem(_files.Readme);
        readme.SetMetadata("ArchivePath", "hello/README.md");
        readme.SetMetadata("Executable", "true");
        var binary = new TaskItem(_files.Binary);
        binary.SetMetadata("ArchivePath", "hello/hello");
        var (task, _) = Task("hello.tar.gz", readme, binary);
        task.SourceDateEpoch = "1700000000";

        Assert.True(task.Execute());
        var listing = ReleaseFiles.Run("tar", _files.Root, "--numeric-owner", "-tvzf", task.ArchiveFile);
        Assert.Contains("-rwxr-xr-x 0/0", listing.Split('\n').Single(l => l.EndsWith("hello/README.md")));
        Assert.Contains("-rwxr-xr-x 0/0", listing.Split('\n').Single(l => l.EndsWith("hello/hello")));
        Assert.Contains("2023-11-14 22:13", listing);
    }

    [Fact]
    public void ChoosesZipByExtension()
    {
        var (task, _) = Task("hello.zip", new TaskItem(_files.Binary));
        Assert.True(task.Execute());
        Assert.Contains("-rwxr-xr-x", ReleaseFiles.Run("unzip", _files.Root, "-Z", task.ArchiveFile));
    }

    [Fact]
    public void BadInputIsOneCodedError()
    {
        var (task, engine) = Task("hello.tar.gz", new TaskItem(_files.Binary));
        task.SourceDateEpoch = "tomorrow";
        Assert.False(task.Execute());
        Assert.Equal("GOSDK0510", Assert.Single(engine.Errors).Code);
        Assert.False(File.Exists(task.ArchiveFile));
    }
}
