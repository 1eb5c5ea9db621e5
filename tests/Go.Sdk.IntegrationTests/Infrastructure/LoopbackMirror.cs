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
/// Counts requests per path, and can be told to answer a path with a fault.
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
    private readonly ConcurrentDictionary<string, int> _requests = new();

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
    public string ArchiveSha256 { get; }

    /// <summary>sha256sum and go.sum lines for the repacked archive and module zip.</summary>
    public string ChecksumsFile { get; }

    public string MirrorUrl => BaseUrl + "/dl/";
    public string ProxyUrl => BaseUrl + "/proxy";

    public int Requests(string path) => _requests.TryGetValue(path, out var n) ? n : 0;

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

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var file = Path.Combine(_root, Uri.UnescapeDataString(path).TrimStart('/'));
        try
        {
            if (!File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentLength64 = new FileInfo(file).Length;
            using var stream = File.OpenRead(file);
            stream.CopyTo(context.Response.OutputStream);
        }
        catch (HttpListenerException)
        {
            // The client went away.
        }
        finally
        {
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
