using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// A toolchain server on 127.0.0.1 built from Debian's Go 1.21.13: the official archive shape under <c>/dl/</c> and
/// the GOPROXY module shape under <c>/proxy/</c>. The repacked bytes differ from go.dev's, so their checksums are the
/// test's own and reach Go.Sdk through GoToolchainChecksums — the path an enterprise with its own Go builds uses.
/// Counts requests per path. A <see cref="Route"/> is a named view of the same files with its own request count,
/// speed and queue of faults, so a test can break its downloads without touching any other test's.
/// </summary>
public sealed class LoopbackMirror : IDisposable
{
    public const string Version = "1.21.13";
    public const string PlatformName = "go1.21.13.linux-amd64";
    public const string ModuleVersion = "v0.0.1-" + PlatformName;
    public const string ArchivePath = "/dl/" + PlatformName + ".tar.gz";
    public const string ModuleZipPath = "/proxy/golang.org/toolchain/@v/" + ModuleVersion + ".zip";

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private const string RoutePrefix = "/r/";
    private static readonly TimeSpan StallFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly ConcurrentDictionary<string, MirrorRoute> _routes = new();

    public LoopbackMirror(string directory)
    {
        _root = directory;
        var source = Prerequisites.GoRoot(Version);
        var archive = Path.Combine(_root, "dl", PlatformName + ".tar.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        // -h dereferences Debian's src -> /usr/share/go-1.21/src links, as an official archive holds real files.
        Command.Run("/bin/sh", ["-c", $"tar -C /usr/lib -h -cf - --transform 's,^go-1.21,go,' go-1.21 | gzip -1 > '{archive}'"], _root)
            .ShouldSucceed();
        var zip = Path.Combine(_root, "proxy", "golang.org", "toolchain", "@v", ModuleVersion + ".zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        WriteModuleZip(source, zip);
        File.WriteAllText(Path.ChangeExtension(zip, ".mod"), "module golang.org/toolchain\n");
        File.WriteAllText(Path.ChangeExtension(zip, ".info"), $"{{\"Version\":\"{ModuleVersion}\",\"Time\":\"2024-08-06T00:00:00Z\"}}\n");

        ArchiveFile = archive;
        ArchiveSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archive)));
        ChecksumsFile = Path.Combine(_root, "trusted-checksums.txt");
        File.WriteAllText(ChecksumsFile,
            $"{ArchiveSha256}  {PlatformName}.tar.gz\n" +
            $"golang.org/toolchain {ModuleVersion} {ModuleZipHash.OfFile(zip)}\n");

        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }
    public string ArchiveFile { get; }
    public string ArchiveSha256 { get; }

    /// <summary>sha256sum and go.sum lines for the repacked archive and module zip.</summary>
    public string ChecksumsFile { get; }

    public string MirrorUrl => BaseUrl + "/dl/";
    public string ProxyUrl => BaseUrl + "/proxy";

    public int Requests(string path) => _requests.TryGetValue(path, out var n) ? n : 0;

    /// <summary>
    /// A new view of the mirror under <c>/r/&lt;name&gt;/</c>: its requests answer with <paramref name="faults"/>
    /// in turn, then normally; bodies are sent at <paramref name="bytesPerSecond"/> when given.
    /// </summary>
    public MirrorRoute Route(string name, long? bytesPerSecond = null, params MirrorFault[] faults)
    {
        var route = new MirrorRoute($"{BaseUrl}{RoutePrefix}{name}", bytesPerSecond, faults);
        if (!_routes.TryAdd(name, route))
        {
            throw new ArgumentException($"The mirror already has a route named '{name}'.", nameof(name));
        }
        return route;
    }

    public void Dispose() => _listener.Close();

    // The module zip shape cmd/go serves: every entry under golang.org/toolchain@<version>/, no api/ doc/ misc/ test/,
    // go.mod stored as _go.mod, and no file modes.
    private static void WriteModuleZip(string goRoot, string zipPath)
    {
        var prefix = $"golang.org/toolchain@{ModuleVersion}/";
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(goRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(goRoot, file).Replace('\\', '/');
            if (relative.Split('/')[0] is "api" or "doc" or "misc" or "test")
            {
                continue;
            }
            var name = Path.GetFileName(relative) == "go.mod" ? relative[..^"go.mod".Length] + "_go.mod" : relative;
            zip.CreateEntryFromFile(file, prefix + name, CompressionLevel.Fastest);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var route = RouteOf(ref path);
        route?.Count();
        var file = Path.Combine(_root, Uri.UnescapeDataString(path).TrimStart('/'));
        var response = context.Response;
        try
        {
            var fault = route?.NextFault();
            if (fault is MirrorFault.NotFound || !File.Exists(file))
            {
                response.StatusCode = 404;
                return;
            }
            if (fault is MirrorFault.ServerError)
            {
                response.StatusCode = 500;
                return;
            }
            long length = new FileInfo(file).Length;
            response.ContentLength64 = length;
            using var stream = File.OpenRead(file);
            switch (fault)
            {
                case MirrorFault.TruncatedBody:
                    await CopyAsync(stream, response.OutputStream, length / 2, route!.BytesPerSecond);
                    response.Abort(); // the promised length never arrives
                    return;
                case MirrorFault.Stall:
                    await CopyAsync(stream, response.OutputStream, Math.Min(length, 1 << 20), route!.BytesPerSecond);
                    await response.OutputStream.FlushAsync();
                    await Task.Delay(StallFor);
                    response.Abort();
                    return;
                default:
                    await CopyAsync(stream, response.OutputStream, length, route?.BytesPerSecond);
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Aborted above, or the client went away.
            }
        }
    }

    /// <summary>The route a path belongs to, if any, with <paramref name="path"/> rewritten to the shared files.</summary>
    private MirrorRoute? RouteOf(ref string path)
    {
        if (!path.StartsWith(RoutePrefix, StringComparison.Ordinal))
        {
            return null;
        }
        int end = path.IndexOf('/', RoutePrefix.Length);
        if (end < 0 || !_routes.TryGetValue(path[RoutePrefix.Length..end], out var route))
        {
            return null;
        }
        path = path[end..];
        return route;
    }

    // Throttled copies send a tenth of the rate every 100 ms, so the client sees a steady slow stream.
    private static async Task CopyAsync(Stream source, Stream target, long count, long? bytesPerSecond)
    {
        var buffer = new byte[bytesPerSecond is long rate ? Math.Max(1, rate / 10) : 81920];
        long left = count;
        while (left > 0)
        {
            int read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)));
            if (read == 0)
            {
                return;
            }
            await target.WriteAsync(buffer.AsMemory(0, read));
            left -= read;
            if (bytesPerSecond is not null)
            {
                await Task.Delay(100);
            }
        }
    }

    internal static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

/// <summary>What a <see cref="MirrorRoute"/> does to one request instead of answering it normally.</summary>
public enum MirrorFault
{
    /// <summary>404.</summary>
    NotFound,

    /// <summary>500.</summary>
    ServerError,

    /// <summary>Promises the whole file, sends half, and drops the connection.</summary>
    TruncatedBody,

    /// <summary>Sends the headers and the first megabyte, then nothing for half a minute.</summary>
    Stall,
}

/// <summary>One test's view of the <see cref="LoopbackMirror"/>: its own URLs, request count, faults and speed.</summary>
public sealed class MirrorRoute
{
    private readonly ConcurrentQueue<MirrorFault> _faults;
    private int _requests;

    internal MirrorRoute(string baseUrl, long? bytesPerSecond, IEnumerable<MirrorFault> faults)
    {
        BaseUrl = baseUrl;
        BytesPerSecond = bytesPerSecond;
        _faults = new ConcurrentQueue<MirrorFault>(faults);
    }

    public string BaseUrl { get; }

    public string MirrorUrl => BaseUrl + "/dl/";

    public string ProxyUrl => BaseUrl + "/proxy";

    public long? BytesPerSecond { get; }

    /// <summary>Requests this route received, faulty ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    internal void Count() => Interlocked.Increment(ref _requests);

    internal MirrorFault? NextFault() => _faults.TryDequeue(out var fault) ? fault : null;
}
