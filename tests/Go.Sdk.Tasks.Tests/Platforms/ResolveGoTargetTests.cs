using Go.Sdk.Tasks.Platforms;
using Go.Sdk.Tasks.Tests.Publishing;
using Microsoft.Build.Utilities;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public sealed class ResolveGoTargetTests : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("gosdk-target-").FullName;
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    private ResolveGoTarget Task(params string[] compilersOnPath)
    {
        foreach (var command in compilersOnPath)
        {
            File.WriteAllText(Path.Combine(_bin, command), "");
        }
        return new ResolveGoTarget
        {
            BuildEngine = _engine,
            GoOS = "linux",
            GoArch = "amd64",
            Locator = new CCompilerLocator("linux", "amd64", Libc.Gnu, new ExecutableSearch(_bin, windows: false).Find),
        };
    }

    [Fact]
    public void ARuntimeIdentifierWinsAndBringsItsVariant()
    {
        var task = Task();
        task.RuntimeIdentifier = "linux-arm";
        task.TargetPlatform = "windows/amd64";

        Assert.True(task.Execute());

        Assert.Equal(("linux", "arm"), (task.ResolvedGoOS, task.ResolvedGoArch));
        Assert.Equal(new[] { "GOOS=linux", "GOARCH=arm", "GOARM=7" }, task.Environment);
        Assert.Equal("", task.LinkerFlags);
        Assert.Empty(task.ExternalLinkerFlags);
    }

    [Fact]
    public void APlatformStringWinsOverGoOSAndGoArch()
    {
        var task = Task();
        task.TargetPlatform = "linux/amd64/v3";

        Assert.True(task.Execute());

        Assert.Equal(new[] { "GOOS=linux", "GOARCH=amd64", "GOAMD64=v3" }, task.Environment);
    }

    [Fact]
    public void WithCgoOnAMuslTargetGetsMuslGccAndAStaticReproducibleLink()
    {
        var task = Task("musl-gcc");
        task.Libc = "musl";
        task.CgoEnabled = "true";

        Assert.True(task.Execute());

        Assert.Equal(new[] { "GOOS=linux", "GOARCH=amd64", "CC=" + Path.Combine(_bin, "musl-gcc") }, task.Environment);
        Assert.Equal("-linkmode=external", task.LinkerFlags);
        Assert.Equal(new[] { "-static", "-Wl,--build-id=none" }, task.ExternalLinkerFlags);
    }

    [Fact]
    public void WithCgoOnAWindowsTargetUsesGoCCAsGivenAndDropsThePeTimestamp()
    {
        var task = Task();
        task.GoOS = "windows";
        task.CgoEnabled = "true";
        task.CC = "my-mingw-gcc --sysroot=/opt/w";
        task.CXX = "my-mingw-g++";

        Assert.True(task.Execute());

        Assert.Equal(new[] { "GOOS=windows", "GOARCH=amd64", "CC=my-mingw-gcc --sysroot=/opt/w", "CXX=my-mingw-g++" }, task.Environment);
        Assert.Equal(new[] { "-Wl,--no-insert-timestamp" }, task.ExternalLinkerFlags);
    }

    [Fact]
    public void WithCgoLeftToGoNoCompilerIsLookedFor()
    {
        var task = Task();
        task.TargetPlatform = "linux/riscv64";

        Assert.True(task.Execute());

        Assert.Equal(new[] { "GOOS=linux", "GOARCH=riscv64" }, task.Environment);
    }

    [Fact]
    public void WithCgoOnAndNoCompilerTheErrorNamesThePackage()
    {
        var task = Task();
        task.TargetPlatform = "linux/riscv64";
        task.CgoEnabled = "true";

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0503", error.Code);
        Assert.Contains("gcc-riscv64-linux-gnu", error.Message);
    }
}

public sealed class ResolveGoTargetMatrixTests
{
    [Fact]
    public void EachInnerBuildGetsItsGlobalPropertiesAsAdditionalProperties()
    {
        var item = new TaskItem("linux/arm64");
        item.SetMetadata("CC", "aarch64-linux-gnu-gcc");
        var task = new ResolveGoTargetMatrix
        {
            BuildEngine = new RecordingBuildEngine(),
            TargetPlatforms = new[] { "linux/arm64", "windows/amd64" },
            RuntimeIdentifiers = new[] { "linux-musl-x64" },
            Targets = new[] { item },
        };

        Assert.True(task.Execute());

        Assert.Equal(new[] { "linux-arm64", "windows-amd64", "linux-musl-x64" }, task.InnerBuilds.Select(i => i.ItemSpec));
        Assert.Equal(
            "GoTargetPlatform=linux/arm64;GoOS=linux;GoArch=arm64;GoLibc=gnu;GoTargetFolder=linux-arm64;GoCC=aarch64-linux-gnu-gcc",
            task.InnerBuilds[0].GetMetadata("AdditionalProperties"));
        Assert.Equal("GoTargetPlatform=linux/amd64;GoOS=linux;GoArch=amd64;GoLibc=musl;GoTargetFolder=linux-musl-x64;GoVet=false",
            task.InnerBuilds[2].GetMetadata("AdditionalProperties"));
        Assert.Equal(new[] { "linux-arm64", "win-x64", "linux-musl-x64" }, task.InnerBuilds.Select(i => i.GetMetadata("RuntimeIdentifier")));
    }

    [Theory]
    [InlineData("linux", "amd64", false, "linux-amd64")]
    [InlineData("darwin", "arm64", false, "linux-arm64")]
    [InlineData("linux", "amd64", true, "linux-arm64,linux-amd64,windows-amd64,linux-musl-x64")]
    public void AMatrixVetsInTheHostsTargetElseTheFirstUnlessEveryTargetShouldVet(string hostOS, string hostArch, bool everyTarget, string vetting)
    {
        var task = new ResolveGoTargetMatrix
        {
            BuildEngine = new RecordingBuildEngine(),
            TargetPlatforms = new[] { "linux/arm64", "linux/amd64", "windows/amd64" },
            RuntimeIdentifiers = new[] { "linux-musl-x64" },
            HostOS = hostOS,
            HostArch = hostArch,
            VetEveryTarget = everyTarget,
        };

        Assert.True(task.Execute());

        Assert.Equal(
            vetting.Split(','),
            task.InnerBuilds.Where(i => !i.GetMetadata("AdditionalProperties").EndsWith(";GoVet=false", StringComparison.Ordinal)).Select(i => i.ItemSpec));
    }

    [Fact]
    public void ASettingWithASemicolonCannotReachAnInnerBuild()
    {
        var item = new TaskItem("linux/amd64");
        item.SetMetadata("CC", "gcc;evil");
        var engine = new RecordingBuildEngine();
        var task = new ResolveGoTargetMatrix { BuildEngine = engine, TargetPlatforms = new[] { "linux/amd64" }, Targets = new[] { item } };

        Assert.False(task.Execute());

        Assert.Equal("GOSDK0516", Assert.Single(engine.Errors).Code);
    }
}
