using Go.Sdk.Tasks.Toolchain.Acquisition;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

public sealed class PackageDownloaderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly RecordingAcquisitionLog _log = new();
    private readonly List<TimeSpan> _delays = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void StalledServerIsATransientFailureAndThePartialFileIsDeleted()
    {
        using var server = new TinyHttpServer(async (_, stream) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nfirst bytes"u8.ToArray());
            await stream.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(10));
        });
        var destination = _temp.Combine("download");

        var failure = Assert.Throws<DownloadFailure>(() => Download(server.BaseUrl + "file", destination, stall: TimeSpan.FromMilliseconds(300)));

        Assert.Equal("GOSDK0126", failure.Diagnostic!.Code);
        Assert.Contains("no data arrived", failure.Message);
        Assert.Equal(2, server.Requests.Count);
        Assert.False(File.Exists(destination));
    }

    [Fact]
    public void RetriesWaitLongerEachTime()
    {
        using var server = new TinyHttpServer((_, stream) => TinyHttpServer.WriteResponse(stream, 500, []));

        Assert.Throws<DownloadFailure>(() => Download(server.BaseUrl + "file", _temp.Combine("download"), attempts: 4));

        Assert.Equal(new[] { 1, 2, 4 }, _delays.Select(d => (int)d.TotalSeconds));
        Assert.Equal(3, _log.Warnings.Count);
    }

    [Fact]
    public void NotFoundIsNotRetried()
    {
        using var server = TinyHttpServer.ServingFiles(new Dictionary<string, byte[]>());

        var failure = Assert.Throws<DownloadFailure>(() => Download(server.BaseUrl + "file", _temp.Combine("download")));

        Assert.True(failure.IsNotFound);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void RefusedAccessIsNotRetriedAndPointsAtCredentials()
    {
        using var server = new TinyHttpServer((_, stream) => TinyHttpServer.WriteResponse(stream, 401, []));

        var failure = Assert.Throws<DownloadFailure>(() => Download(server.BaseUrl + "file", _temp.Combine("download")));

        Assert.Equal("GOSDK0128", failure.Diagnostic!.Code);
        Assert.Contains("netrc", failure.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void ConnectionRefusedIsRetried()
    {
        int port;
        using (var closed = new TinyHttpServer((_, _) => Task.CompletedTask))
        {
            port = closed.Port;
        }

        var failure = Assert.Throws<DownloadFailure>(() => Download($"http://127.0.0.1:{port}/file", _temp.Combine("download"), attempts: 2));

        Assert.Equal("GOSDK0126", failure.Diagnostic!.Code);
        Assert.Single(_log.Warnings);
    }

    [Fact]
    public void ProgressReportsBytesPercentAndRate()
    {
        var now = DateTimeOffset.Parse("2025-01-01T00:00:00Z");
        var lines = new List<string>();
        var progress = new TransferProgress("go.tar.gz", 10_000_000, () => now, lines.Add, TimeSpan.FromSeconds(2));

        now += TimeSpan.FromSeconds(1);
        progress.Advance(1_000_000); // within the interval: silent
        now += TimeSpan.FromSeconds(1);
        progress.Advance(3_000_000);
        now += TimeSpan.FromSeconds(1);
        progress.Advance(6_000_000);
        progress.Complete();

        Assert.Equal(new[]
        {
            "Downloading go.tar.gz (10.0 MB).",
            "Downloading go.tar.gz: 4.0 MB of 10.0 MB (40%), 2.0 MB/s.",
            "Downloaded go.tar.gz: 10.0 MB in 3.0 s, 3.3 MB/s.",
        }, lines);
    }

    [Fact]
    public void DownloadIsHashedAsItIsWritten()
    {
        var body = new byte[700_001];
        new Random(3).NextBytes(body);
        using var server = new TinyHttpServer(async (_, stream) =>
        {
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body);
        });

        var downloaded = Download(server.BaseUrl + "file", _temp.Combine("download"));

        Assert.Equal(_temp.Combine("download"), downloaded.Path);
        Assert.Equal(body, File.ReadAllBytes(downloaded.Path));
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body)).ToLowerInvariant(), downloaded.Sha256);
    }

    [Fact]
    public void CopyFromAFolderIsHashedToo()
    {
        var source = _temp.Write("mirror.tar.gz", "a local mirror's archive"u8.ToArray());

        var downloaded = Download(new Uri(source).AbsoluteUri, _temp.Combine("download"));

        Assert.Equal(Go.Sdk.Tasks.Toolchain.Trust.Sha256Hash.OfFile(source), downloaded.Sha256);
    }

    private DownloadedFile Download(string url, string destination, TimeSpan? stall = null, int attempts = 2)
    {
        var options = new DownloadOptions
        {
            StallTimeout = stall ?? TimeSpan.FromSeconds(10),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            Attempts = attempts,
            FirstRetryDelay = TimeSpan.FromSeconds(1),
            Delay = (delay, _) => { _delays.Add(delay); return Task.CompletedTask; },
        };
        using var handler = PackageDownloader.CreateHandler(options, _ => null);
        using var downloader = new PackageDownloader(handler, options, RequestAuthorization.None, _log);
        return downloader.Download(new Uri(url), destination, CancellationToken.None);
    }
}
