using Go.Sdk.Tasks.Interop;

namespace Go.Sdk.Tasks.Tests.Interop;

public sealed class ResolveNativeRuntimeIdentifierTests
{
    private readonly RecordingBuildEngine _engine = new();

    private ResolveNativeRuntimeIdentifier Task(string goOS = "linux", string goArch = "amd64") =>
        new() { BuildEngine = _engine, GoOS = goOS, GoArch = goArch };

    [Fact]
    public void TheRuntimeIdentifierOfTheBuildIsKeptAsGiven()
    {
        var task = Task();
        task.RuntimeIdentifier = "linux-musl-arm64";
        task.TargetPlatform = "windows/amd64";

        Assert.True(task.Execute());

        Assert.Equal("linux-musl-arm64", task.NativeRuntimeIdentifier);
    }

    [Theory]
    [InlineData("linux/arm64", "", "linux-arm64")]
    [InlineData("windows/amd64", "", "win-x64")]
    [InlineData("linux/amd64/v3", "", "linux-x64")]
    [InlineData("linux/arm/v7", "", "linux-arm")]
    [InlineData("linux/amd64", "musl", "linux-musl-x64")]
    [InlineData("darwin/arm64", "musl", "osx-arm64")]
    public void AMatrixTargetMapsToItsPortableRid(string platform, string libc, string rid)
    {
        var task = Task();
        task.TargetPlatform = platform;
        task.Libc = libc;

        Assert.True(task.Execute());

        Assert.Equal(rid, task.NativeRuntimeIdentifier);
    }

    [Fact]
    public void WithNoTargetNamedTheGoOSAndGoArchOfTheBuildCount()
    {
        var task = Task("windows", "arm64");

        Assert.True(task.Execute());

        Assert.Equal("win-arm64", task.NativeRuntimeIdentifier);
    }

    [Fact]
    public void ATargetNoRidStandsForIsACodedError()
    {
        var task = Task("openbsd", "amd64");

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0506", error.Code);
        Assert.Contains("openbsd/amd64", error.Message);
    }
}
