using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>
/// Real builds against a mirror that misbehaves the way servers and networks do: each transient fault costs one
/// retry (warning GOSDK0127) and the build still succeeds; a missing file is an error naming what was asked for.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ToolchainDownloadFaultTests(GoSdkFixture fixture)
{
    [Theory]
    [InlineData(MirrorFault.TruncatedBody, null)] // a cut connection reads as whatever the socket layer reports
    [InlineData(MirrorFault.ServerError, "500")]
    [InlineData(MirrorFault.Stall, "no data arrived for 2 s")]
    public void ATransientFaultIsRetriedAndTheBuildSucceeds(MirrorFault fault, string? reason)
    {
        var route = fixture.Mirror.Route($"retry-{fault}", faults: fault);
        var project = MirrorProjects.Create(fixture, $"retry-{fault}", MirrorProjects.Mirror(route.MirrorUrl));

        var result = project.DotNet("build", "hello/hello.goproj", "-p:GoToolchainStallTimeout=2").ShouldSucceed();

        result.ShouldContain("GOSDK0127").ShouldContain("attempt 2 of 4");
        if (reason is not null)
        {
            result.ShouldContain(reason);
        }
        Assert.Equal(2, route.Requests);
        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
        Assert.Equal([LoopbackMirror.PlatformName], MirrorProjects.CacheEntries(project));
    }

    [Fact]
    public void AMissingArchiveIsAnErrorNamingItsUrlAndIsNotRetried()
    {
        var route = fixture.Mirror.Route("not-found", faults: MirrorFault.NotFound);
        var project = MirrorProjects.Create(fixture, "not-found", MirrorProjects.Mirror(route.MirrorUrl));

        var result = project.DotNet("build", "hello/hello.goproj").ShouldFail();

        result.ShouldContain("GOSDK0125").ShouldContain($"{route.MirrorUrl}{LoopbackMirror.PlatformName}.tar.gz (not found)");
        Assert.Equal(1, route.Requests);
        Assert.Empty(MirrorProjects.CacheEntries(project));
    }

    [Fact]
    public void AFloatingPinResolvesFromTheManifestWithoutTheNetwork()
    {
        var route = fixture.Mirror.Route("floating");
        var project = MirrorProjects.Create(fixture, "floating", MirrorProjects.Mirror(route.MirrorUrl), goVersion: "1.21");

        var found = project.DotNet("build", "hello/hello.goproj", "-v:n").ShouldSucceed();

        // 1.21.13 is the newest 1.21 release in the embedded manifest, and the mirror has it.
        found.ShouldContain("GoVersion 1.21 means Go 1.21.13");
        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());

        // The newest 1.22 is known from the manifest alone; the mirror lacks it, and the error says which one was wanted.
        var missing = project.DotNet("build", "hello/hello.goproj", "-v:n", "-p:GoVersion=1.22").ShouldFail();
        missing.ShouldContain("GoVersion 1.22 means Go 1.22.12").ShouldContain("GOSDK0125")
            .ShouldContain($"{route.MirrorUrl}go1.22.12.linux-amd64.tar.gz (not found)");
    }

    [Fact]
    public void ASlowDownloadReportsProgressAndOneSummaryLine()
    {
        // About six seconds for the archive: long enough for a progress line, which comes every five.
        long size = new FileInfo(fixture.Mirror.ArchiveFile).Length;
        var route = fixture.Mirror.Route("slow", bytesPerSecond: size / 6);
        var project = MirrorProjects.Create(fixture, "slow", MirrorProjects.Mirror(route.MirrorUrl));

        // The console logger at its default verbosity, as a CI log shows it.
        var result = project.DotNet("build", "hello/hello.goproj", "-tl:off").ShouldSucceed();

        var archiveUrl = $"{route.MirrorUrl}{LoopbackMirror.PlatformName}.tar.gz";
        result.ShouldContain($"Downloading {archiveUrl} (");
        Assert.Matches($@"Downloading {Regex.Escape(archiveUrl)}: [\d.]+ MB of [\d.]+ MB \(\d+%\), [\d.]+ MB/s\.", result.Output);
        Assert.Matches($@"Downloaded {Regex.Escape(archiveUrl)}: [\d.]+ MB in [\d.]+ s, [\d.]+ MB/s\.", result.Output);
        result.ShouldContain($"Go {LoopbackMirror.Version} (linux/amd64) installed at {MirrorProjects.CachedGoRoot(project)}. "
            + $"{LoopbackMirror.PlatformName}.tar.gz: SHA-256 {fixture.Mirror.ArchiveSha256} verified against {fixture.Mirror.ChecksumsFile}.");
    }
}
