using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Fetches one package to a file: over http(s) with connect and stall timeouts, retries with doubling delays on
/// transient failures (5xx, 408, 429, timeouts, resets, a body shorter than its Content-Length), redirects followed
/// by hand so every hop obeys the transport rule and credentials never follow to another host; or copied from a
/// file URL or folder. The bytes are hashed as they are written, so verification never reads the file again. A
/// failed attempt deletes its partial file.
/// </summary>
public sealed class PackageDownloader : IDisposable
{
    private const int MaxRedirects = 10;
    // Large blocks keep system calls few; the file's own buffer gathers the smaller reads a socket returns.
    private const int BufferSize = 1 << 18;
    private const int FileBufferSize = 1 << 20;

    private readonly HttpClient _client;
    private readonly DownloadOptions _options;
    private readonly RequestAuthorization _authorization;
    private readonly IAcquisitionLog _log;

    /// <param name="handler">The network: <see cref="CreateHandler"/> in builds, a fake in tests. Not disposed here.</param>
    public PackageDownloader(HttpMessageHandler handler, DownloadOptions options, RequestAuthorization authorization, IAcquisitionLog log)
    {
        _client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Go.Sdk", typeof(PackageDownloader).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"));
        _options = options;
        _authorization = authorization;
        _log = log;
    }

    /// <summary>
    /// The real network: redirects left to <see cref="PackageDownloader"/>, no transparent decompression (the bytes
    /// hashed must be the bytes served), and the proxy from <see cref="DownloadOptions.HttpProxy"/>, else from
    /// HTTPS_PROXY/HTTP_PROXY/NO_PROXY, else the system's.
    /// </summary>
    public static HttpMessageHandler CreateHandler(DownloadOptions options, Func<string, string?> environment)
    {
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = true,
        };
        IWebProxy? proxy = options.HttpProxy is { } explicitProxy ? new WebProxy(explicitProxy) : EnvironmentProxy.FromEnvironment(environment);
        if (proxy is not null)
        {
            handler.Proxy = proxy;
        }
        return handler;
    }

    /// <summary>
    /// Writes the package at <paramref name="location"/> to <paramref name="destination"/> and returns it with its
    /// SHA-256. Throws <see cref="DownloadFailure"/> when the source does not have it or cannot deliver it.
    /// </summary>
    public DownloadedFile Download(Uri location, string destination, CancellationToken cancellationToken)
    {
        var display = SourceLocation.Display(location);
        if (location.IsFile)
        {
            return CopyLocal(location.LocalPath, display, destination, cancellationToken);
        }
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return DownloadOnceAsync(location, display, destination, cancellationToken).GetAwaiter().GetResult();
            }
            catch (TransientFailure e)
            {
                DeletePartial(destination);
                if (attempt >= _options.Attempts)
                {
                    throw DownloadFailure.Failed(display, Messages.DownloadFailed(display, e.Message, attempt));
                }
                var delay = _options.RetryDelay(attempt);
                _log.Warning(Messages.DownloadRetrying(display, e.Message, attempt, _options.Attempts, delay));
                _options.Delay(delay, cancellationToken).GetAwaiter().GetResult();
            }
            catch
            {
                DeletePartial(destination);
                throw;
            }
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<DownloadedFile> DownloadOnceAsync(Uri location, string display, string destination, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(location, display, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        string answered = $"the server answered {status} {response.ReasonPhrase}";
        if (status == 404 || status == 410)
        {
            throw DownloadFailure.NotFound(display);
        }
        if (status >= 500 || status == 408 || status == 429)
        {
            throw new TransientFailure(answered);
        }
        if (status == 401 || status == 403)
        {
            throw DownloadFailure.Failed(display, Messages.DownloadRefused(display, status, response.ReasonPhrase ?? ""));
        }
        if (!response.IsSuccessStatusCode)
        {
            throw DownloadFailure.Failed(display, Messages.DownloadFailed(display, answered, 1));
        }

        long? length = response.Content.Headers.ContentLength;
        using var body = await Transient(() => response.Content.ReadAsStreamAsync()).ConfigureAwait(false);
        using var file = CreateDestination(destination);
        var progress = new TransferProgress(display, length, _options.Clock, _log.Progress, _options.ProgressInterval);
        var sha256 = await CopyAsync(body, file, progress, _options.StallTimeout, cancellationToken).ConfigureAwait(false);
        if (length is long expected && progress.Transferred != expected)
        {
            throw new TransientFailure($"the transfer ended after {progress.Transferred} of {expected} bytes");
        }
        progress.Complete();
        return new DownloadedFile(destination, sha256);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri location, string display, CancellationToken cancellationToken)
    {
        var current = location;
        for (int redirects = 0; ; redirects++)
        {
            SourceLocation.CheckTransport(current, _options.AllowHttp);
            using var request = new HttpRequestMessage(HttpMethod.Get, WithoutUserInfo(current));
            request.Headers.Authorization = _authorization.For(current);
            var response = await SendWithTimeoutAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return response;
            }
            var next = new Uri(current, response.Headers.Location);
            response.Dispose();
            if (redirects == MaxRedirects)
            {
                throw DownloadFailure.Failed(display, Messages.DownloadFailed(display, $"more than {MaxRedirects} redirects", 1));
            }
            _log.Detail($"{SourceLocation.Display(current)} redirects to {SourceLocation.Display(next)}.");
            current = WithoutUserInfo(next); // user info belongs to the configured URL only
        }
    }

    private async Task<HttpResponseMessage> SendWithTimeoutAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ConnectTimeout);
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFailure($"no response within {_options.ConnectTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new TransientFailure(Describe(e));
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> and returns the SHA-256 of what passed.</summary>
    private static async Task<string> CopyAsync(Stream source, Stream target, TransferProgress progress, TimeSpan? stallTimeout, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        while (true)
        {
            int read = stallTimeout is { } stall
                ? await ReadWithinAsync(source, buffer, stall, cancellationToken).ConfigureAwait(false)
                : await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return Sha256Hash.ToHex(sha256.GetHashAndReset());
            }
            target.Write(buffer, 0, read);
            sha256.AppendData(buffer, 0, read);
            progress.Advance(read);
        }
    }

    private static FileStream CreateDestination(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, FileBufferSize);

    // Not every stream honours a cancelled read (.NET Framework's do not), so the stall timer races the read; the
    // caller then disposes the response, which aborts the connection under the abandoned read.
    private static async Task<int> ReadWithinAsync(Stream source, byte[] buffer, TimeSpan stall, CancellationToken cancellationToken)
    {
        string stalled = $"no data arrived for {stall.TotalSeconds:0.#} s";
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(stall);
        var read = source.ReadAsync(buffer, 0, buffer.Length, timer.Token);
        var expired = Task.Delay(Timeout.InfiniteTimeSpan, timer.Token);
        if (await Task.WhenAny(read, expired).ConfigureAwait(false) != read)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = read.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new TransientFailure(stalled);
        }
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientFailure(stalled);
        }
        catch (Exception e) when (e is IOException || e is HttpRequestException)
        {
            throw new TransientFailure(Describe(e));
        }
    }

    private DownloadedFile CopyLocal(string path, string display, string destination, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw DownloadFailure.NotFound(display);
        }
        try
        {
            using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var file = CreateDestination(destination);
            var progress = new TransferProgress(display, source.Length, _options.Clock, _log.Progress, _options.ProgressInterval);
            var sha256 = CopyAsync(source, file, progress, null, cancellationToken).GetAwaiter().GetResult();
            progress.Complete();
            return new DownloadedFile(destination, sha256);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            DeletePartial(destination);
            throw DownloadFailure.Failed(display, Messages.DownloadFailed(display, e.Message, 1));
        }
    }

    private static async Task<T> Transient<T>(Func<Task<T>> step)
    {
        try
        {
            return await step().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException || e is HttpRequestException)
        {
            throw new TransientFailure(Describe(e));
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status == HttpStatusCode.MovedPermanently || status == HttpStatusCode.Found || status == HttpStatusCode.SeeOther
        || status == HttpStatusCode.TemporaryRedirect || (int)status == 308;

    private static Uri WithoutUserInfo(Uri uri) =>
        uri.UserInfo.Length == 0 ? uri : new UriBuilder(uri) { UserName = "", Password = "" }.Uri;

    private static string Describe(Exception e) =>
        e.InnerException is { } inner && !e.Message.Contains(inner.Message) ? $"{e.Message} ({inner.Message})" : e.Message;

    private static void DeletePartial(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The work folder it lives in is deleted with the failed attempt anyway.
        }
    }

    /// <summary>A failure worth retrying; its message says what happened, for the retry warning.</summary>
    private sealed class TransientFailure : Exception
    {
        public TransientFailure(string message)
            : base(message)
        {
        }
    }
}
