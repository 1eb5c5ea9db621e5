using System.Diagnostics;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>The cache under hostile conditions: a build killed mid-download, and a GoSdkHome that cannot be written.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class ToolchainCacheSafetyTests(GoSdkFixture fixture)
{
    [Fact]
    public void ABuildKilledMidDownloadLeavesNothingTheNextBuildWouldUse()
    {
        var slow = fixture.Mirror.Route("killed", bytesPerSecond: 2_000_000);
        var project = MirrorProjects.Create(fixture, "killed", MirrorProjects.Mirror(slow.MirrorUrl));
        var toolchains = project.PathOf("gosdk-home/toolchains");

        using (var build = StartDotNet(project, "build", "hello/hello.goproj"))
        {
            WaitFor(() => PartialDownloads(toolchains).Any(f => new FileInfo(f).Length > 0), TimeSpan.FromMinutes(3));
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }
        Assert.NotEmpty(PartialDownloads(toolchains));
        Assert.False(Directory.Exists(MirrorProjects.CachedGoRoot(project)));

        var fast = fixture.Mirror.Route("after-kill");
        project.DotNet("build", "hello/hello.goproj", $"-p:GoToolchainMirror={fast.MirrorUrl}").ShouldSucceed();

        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
        Assert.Equal([LoopbackMirror.PlatformName], MirrorProjects.CacheEntries(project));
        Assert.True(File.Exists(Path.Combine(MirrorProjects.CachedGoRoot(project), ".gosdk-install")));
    }

    [Theory]
    [InlineData("immutable")]
    [InlineData("below a file")]
    public void AGoSdkHomeThatCannotBeWrittenIsACodedError(string how)
    {
        var route = fixture.Mirror.Route($"unwritable-{how.Replace(' ', '-')}");
        var project = MirrorProjects.Create(fixture, "unwritable", MirrorProjects.Mirror(route.MirrorUrl));
        var home = project.PathOf("gosdk-home");
        if (how == "below a file")
        {
            File.WriteAllText(project.PathOf("a-file"), "");
            home = project.PathOf("a-file/gosdk-home");
            project.Environment["GOSDK_HOME"] = home;
        }
        else
        {
            Directory.CreateDirectory(home);
        }

        CommandResult result;
        using (how == "immutable" ? ReadOnlyFolder.Make(home) : null)
        {
            result = project.DotNet("build", "hello/hello.goproj");
        }

        result.ShouldFail().ShouldContain("GOSDK0130").ShouldContain(Path.Combine(home, "toolchains"));
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal); // a message, not a stack trace
        Assert.Equal(0, route.Requests);
    }

    private static string[] PartialDownloads(string toolchains) =>
        Directory.Exists(toolchains)
            ? Directory.GetDirectories(toolchains, $".{LoopbackMirror.PlatformName}.tmp-*")
                .SelectMany(d => Directory.GetFiles(d, "*.tar.gz")).ToArray()
            : [];

    private static void WaitFor(Func<bool> condition, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"Nothing happened within {limit}.");
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>Starts `dotnet` with the project's environment and leaves it running; its output is discarded.</summary>
    private Process StartDotNet(TestProject project, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in fixture.BaseEnvironment().Concat(project.Environment))
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// A folder nobody may write into: immutable (chattr +i) for root, whom file modes do not stop; mode 555 for
    /// anyone else. Disposing undoes it, so the run's clean-up can delete the folder.
    /// </summary>
    private sealed class ReadOnlyFolder : IDisposable
    {
        private readonly string _path;
        private readonly bool _immutable;

        private ReadOnlyFolder(string path, bool immutable)
        {
            _path = path;
            _immutable = immutable;
        }

        public static ReadOnlyFolder Make(string path)
        {
            bool root = Environment.UserName == "root";
            if (root)
            {
                Command.Run("chattr", ["+i", path], path).ShouldSucceed();
            }
            else
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
            return new ReadOnlyFolder(path, root);
        }

        public void Dispose()
        {
            if (_immutable)
            {
                Command.Run("chattr", ["-i", _path], _path).ShouldSucceed();
            }
            else
            {
                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
