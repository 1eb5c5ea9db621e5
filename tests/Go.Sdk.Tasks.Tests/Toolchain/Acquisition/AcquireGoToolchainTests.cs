using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Go.Sdk.Tasks.Toolchain;
using Microsoft.Build.Framework;
using Xunit;
using static Go.Sdk.Tasks.Tests.Toolchain.Acquisition.AcquisitionFixture;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

public sealed class AcquireGoToolchainTests : IDisposable
{
    private readonly AcquisitionFixture _fixture = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void ArchiveMirrorInstallsTheVerifiedToolchainAndSaysWhatVerifiedIt()
    {
        using var server = ServingTheArchive();
        var task = MirrorTask(server);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal(_fixture.Cache.GoRootFor(Go12212), task.GoRoot);
        Assert.Equal(Path.Combine(task.GoRoot, "bin", "go"), task.GoExecutable);
        Assert.Equal($"{Go12212.ArchiveFileName}: SHA-256 {Sha256(_fixture.Archive)} verified against the test.", task.VerifiedBy);
        // Progress and the summary are high importance, so a CI log at the default verbosity shows them.
        var summary = Assert.Single(_engine.Messages, m => m.Message!.StartsWith("Go 1.22.12", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.High, summary.Importance);
        Assert.Equal($"Go 1.22.12 ({Go12212.GoOS}/{Go12212.GoArch}) installed at {task.GoRoot}. {task.VerifiedBy}", summary.Message);
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.StartsWith("Downloaded", StringComparison.Ordinal));
        Assert.Null(_fixture.Cache.InstallProblem(Go12212));
    }

    [Fact]
    public void SecondRunUsesTheCacheWithoutTouchingTheNetwork()
    {
        using var server = ServingTheArchive();
        var first = MirrorTask(server);
        Assert.True(first.Execute(), _engine.AllText);

        var second = MirrorTask(server);
        second.Offline = true;
        second.AuthorizationVariable = "NOT_SET_ON_THIS_MACHINE"; // only needed when something is downloaded
        Assert.True(second.Execute(), _engine.AllText);

        Assert.Single(server.Requests);
        Assert.Equal(first.GoRoot, second.GoRoot);
        Assert.Equal(first.VerifiedBy, second.VerifiedBy);
    }

    [Fact]
    public void GoProxyServesTheModuleZip()
    {
        using var server = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ModulePath] = _fixture.ModuleZip });
        var task = _fixture.Task(_engine, trusted: _fixture.ModuleZip);
        task.Proxy = server.BaseUrl;

        Assert.True(task.Execute(), _engine.AllText);

        Assert.True(File.Exists(Path.Combine(task.GoRoot, "src", "cmd", "go.mod")));
        Assert.Equal(ModulePath, Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void CommaFallsBackOnNotFoundAndDirectMeansTheMirror()
    {
        using var empty = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]>());
        using var mirror = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ArchivePath] = _fixture.Archive });
        var task = _fixture.Task(_engine);
        task.Proxy = empty.BaseUrl + ",direct";
        task.Mirror = mirror.BaseUrl + "dl/";

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal(ModulePath, Assert.Single(empty.Requests).Path);
        Assert.Equal(ArchivePath, Assert.Single(mirror.Requests).Path);
    }

    [Fact]
    public void CommaDoesNotFallBackOnAServerError()
    {
        using var broken = new TinyHttpServer((_, stream) => TinyHttpServer.WriteResponse(stream, 500, "boom"u8.ToArray()));
        using var good = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ModulePath] = _fixture.ModuleZip });
        var task = _fixture.Task(_engine, trusted: _fixture.ModuleZip);
        task.Proxy = broken.BaseUrl + "," + good.BaseUrl;
        task.Retries = 1;

        Assert.False(task.Execute());

        Assert.Equal("GOSDK0126", Assert.Single(_engine.Errors).Code);
        Assert.Equal(2, broken.Requests.Count);
        Assert.Empty(good.Requests);
    }

    [Fact]
    public void PipeFallsBackOnAnyError()
    {
        using var broken = new TinyHttpServer((_, stream) => TinyHttpServer.WriteResponse(stream, 500, "boom"u8.ToArray()));
        using var good = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ModulePath] = _fixture.ModuleZip });
        var task = _fixture.Task(_engine, trusted: _fixture.ModuleZip);
        task.Proxy = broken.BaseUrl + "|" + good.BaseUrl;
        task.Retries = 0;

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Single(good.Requests);
    }

    [Fact]
    public void OffStopsTheProxyList()
    {
        using var empty = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]>());
        var task = _fixture.Task(_engine);
        task.Proxy = empty.BaseUrl + ",off,direct";

        Assert.False(task.Execute());

        Assert.Equal("GOSDK0124", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void NotFoundEverywhereNamesWhatWasTried()
    {
        using var empty = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]>());
        var task = MirrorTask(empty);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0125", error.Code);
        Assert.Contains(empty.BaseUrl + "dl/" + Go12212.ArchiveFileName, error.Message);
        Assert.Empty(_fixture.CacheContents());
    }

    [Fact]
    public void FolderAndFileUrlMirrorsWork()
    {
        var folder = Path.GetDirectoryName(_fixture.Home.Write("mirror/" + Go12212.ArchiveFileName, _fixture.Archive))!;
        foreach (var mirror in new[] { folder, new Uri(folder + "/").AbsoluteUri })
        {
            CacheDirectoryReset();
            var task = _fixture.Task(_engine);
            task.Mirror = mirror;

            Assert.True(task.Execute(), mirror + "\n" + _engine.AllText);
            Assert.Null(_fixture.Cache.InstallProblem(Go12212));
        }
    }

    [Fact]
    public void TamperedArchiveIsRefusedAndTheCacheStaysAsItWas()
    {
        var tampered = Archive(Go12212, flavour: " with a backdoor");
        using var server = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ArchivePath] = tampered });
        var task = MirrorTask(server);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0155", error.Code);
        Assert.Contains(Sha256(tampered), error.Message);
        Assert.Empty(_fixture.CacheContents());
    }

    [Fact]
    public void TruncatedTransferIsRetriedThenSucceeds()
    {
        int served = 0;
        using var server = new TinyHttpServer((_, stream) => Interlocked.Increment(ref served) == 1
            ? TinyHttpServer.WriteResponse(stream, 200, _fixture.Archive[..100], contentLength: _fixture.Archive.Length)
            : TinyHttpServer.WriteResponse(stream, 200, _fixture.Archive));
        var task = MirrorTask(server);

        Assert.True(task.Execute(), _engine.AllText);

        var retry = Assert.Single(_engine.Warnings);
        Assert.Equal("GOSDK0127", retry.Code);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void ServerErrorThenSuccessInstallsAfterOneRetry()
    {
        int served = 0;
        using var server = new TinyHttpServer((_, stream) => Interlocked.Increment(ref served) == 1
            ? TinyHttpServer.WriteResponse(stream, 503, "busy"u8.ToArray())
            : TinyHttpServer.WriteResponse(stream, 200, _fixture.Archive));
        var task = MirrorTask(server);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Contains("503", Assert.Single(_engine.Warnings).Message);
    }

    [Fact]
    public void PlainHttpToAnotherMachineIsRefusedUnlessAllowed()
    {
        var task = _fixture.Task(_engine);
        task.Mirror = "http://mirror.example.invalid/dl/";

        Assert.False(task.Execute());

        Assert.Equal("GOSDK0122", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void HttpProxySeesTheRequest()
    {
        // The mirror's host does not resolve: only a proxy that answers for it can make this work.
        using var proxy = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ArchivePath] = _fixture.Archive });
        var task = _fixture.Task(_engine);
        task.Mirror = "http://mirror.example.invalid/dl/";
        task.AllowHttp = true;
        task.HttpProxy = new Uri(proxy.BaseUrl);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal("http://mirror.example.invalid" + ArchivePath, Assert.Single(proxy.Requests).Target);
    }

    [Fact]
    public void TokenFromTheNamedVariableIsSentButNeverLogged()
    {
        using var server = ServingTheArchive();
        _fixture.Environment["MY_TOKEN"] = "s3cr3t-token";
        var task = MirrorTask(server);
        task.AuthorizationVariable = "MY_TOKEN";

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal("Bearer s3cr3t-token", Assert.Single(server.Requests).Headers["Authorization"]);
        Assert.DoesNotContain("s3cr3t", _engine.AllText);
    }

    [Fact]
    public void CredentialsDoNotFollowARedirectToAnotherHost()
    {
        using var target = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ArchivePath] = _fixture.Archive });
        using var redirector = new TinyHttpServer((_, stream) =>
            TinyHttpServer.WriteResponse(stream, 302, [], extraHeaders: $"Location: http://localhost:{target.Port}{ArchivePath}\r\n"));
        _fixture.Environment["MY_TOKEN"] = "user:pass";
        var task = MirrorTask(redirector);
        task.AuthorizationVariable = "MY_TOKEN";

        Assert.True(task.Execute(), _engine.AllText);

        Assert.StartsWith("Basic ", Assert.Single(redirector.Requests).Headers["Authorization"]);
        Assert.False(Assert.Single(target.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void NetrcNamedByTheEnvironmentGivesBasicCredentials()
    {
        using var server = ServingTheArchive();
        _fixture.Environment["NETRC"] = _fixture.Home.Write("netrc", "machine 127.0.0.1 login ci password hunter2\n"u8.ToArray());
        var task = MirrorTask(server);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal("Basic " + Convert.ToBase64String("ci:hunter2"u8.ToArray()), Assert.Single(server.Requests).Headers["Authorization"]);
        Assert.DoesNotContain("hunter2", _engine.AllText);
    }

    [Fact]
    public void OfflineWithoutTheToolchainSaysWhatIsMissing()
    {
        var task = _fixture.Task(_engine);
        task.Offline = true;

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0123", error.Code);
        Assert.Contains(_fixture.Cache.GoRootFor(Go12212), error.Message);
    }

    [Fact]
    public void KilledDownloadLeavesOnlyWorkFilesThatTheNextRunRemoves()
    {
        _fixture.Home.Write("home/toolchains/.go1.22.12.linux-amd64.tmp-5f3a9c0d1e2b/" + Go12212.ArchiveFileName, _fixture.Archive[..50]);
        _fixture.Home.Write("home/toolchains/go1.22.12.linux-amd64/VERSION", "go1.22.12\n"u8.ToArray()); // renamed, marker never written
        using var server = ServingTheArchive();
        var task = MirrorTask(server);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal("GOSDK0134", Assert.Single(_engine.Warnings).Code);
        Assert.DoesNotContain(_fixture.CacheContents(), p => p.StartsWith(".", StringComparison.Ordinal));
        Assert.Null(_fixture.Cache.InstallProblem(Go12212));
    }

    [Fact]
    public void AlteredInstallIsDetectedAndReplaced()
    {
        using var server = ServingTheArchive();
        var first = MirrorTask(server);
        Assert.True(first.Execute(), _engine.AllText);
        File.WriteAllText(first.GoExecutable, "#!/bin/sh\necho replaced by someone else\n");

        var second = MirrorTask(server);
        Assert.True(second.Execute(), _engine.AllText);

        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain("someone else", File.ReadAllText(second.GoExecutable));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ReadOnlyGoSdkHomeIsACodedError()
    {
        using var server = ServingTheArchive();
        using var readOnly = ReadOnlyFolder.Create(_fixture.Home.Combine("home"));
        var task = MirrorTask(server);

        Assert.False(task.Execute());

        Assert.Equal("GOSDK0130", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void ManyBuildsAtOnceDownloadOnce()
    {
        using var server = new TinyHttpServer(async (_, stream) =>
        {
            await Task.Delay(300); // keep the first download in flight while the others arrive
            await TinyHttpServer.WriteResponse(stream, 200, _fixture.Archive);
        });
        var tasks = Enumerable.Range(0, 6).Select(_ =>
        {
            var task = _fixture.Task(new RecordingBuildEngine());
            task.Mirror = server.BaseUrl + "dl/";
            return task;
        }).ToList();

        var results = tasks.AsParallel().WithDegreeOfParallelism(6).Select(t => t.Execute()).ToList();

        Assert.All(results, Assert.True);
        Assert.Single(server.Requests);
        Assert.Single(tasks.Select(t => t.GoRoot).Distinct());
    }

    [Fact]
    public void DifferentToolchainsInstallSideBySide()
    {
        var arm64 = Go12212 with { GoArch = "arm64" };
        var arm64Archive = Archive(arm64);
        using var server = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]>
        {
            [ArchivePath] = _fixture.Archive,
            ["/dl/" + arm64.ArchiveFileName] = arm64Archive,
        });
        var amd = _fixture.Task(_engine);
        var arm = _fixture.Task(_engine, trusted: arm64Archive, toolchain: arm64);
        arm.ToolchainName = arm64.PlatformName;
        amd.Mirror = arm.Mirror = server.BaseUrl + "dl/";

        var results = new[] { amd, arm }.AsParallel().Select(t => t.Execute()).ToList();

        Assert.All(results, Assert.True);
        Assert.NotEqual(amd.GoRoot, arm.GoRoot);
    }

    private TinyHttpServer ServingTheArchive() =>
        TinyHttpServer.ServingFiles(new Dictionary<string, byte[]> { [ArchivePath] = _fixture.Archive });

    private AcquireGoToolchain MirrorTask(TinyHttpServer server)
    {
        var task = _fixture.Task(_engine);
        task.Mirror = server.BaseUrl + "dl/";
        return task;
    }

    private void CacheDirectoryReset()
    {
        if (Directory.Exists(_fixture.Cache.Home))
        {
            Directory.Delete(_fixture.Cache.Home, recursive: true);
        }
    }
}
