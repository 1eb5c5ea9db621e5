using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

/// <summary>One request as the server saw it: the raw request line (an HTTP proxy sees an absolute URL) and headers.</summary>
public sealed record SeenRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string Path => Uri.TryCreate(Target, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : Target;
}

/// <summary>
/// A loopback HTTP/1.1 server on a free port, written on TcpListener so tests control every byte: truncated bodies,
/// stalls, redirects, and proxy-style absolute request targets. One request per connection.
/// </summary>
public sealed class TinyHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<SeenRequest, Stream, Task> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<SeenRequest> _requests = new();

    public TinyHttpServer(Func<SeenRequest, Stream, Task> respond)
    {
        _respond = respond;
        _listener.Start();
        _ = AcceptLoop();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public IReadOnlyList<SeenRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    /// <summary>A server answering each path from a table of files, 404 for anything else.</summary>
    public static TinyHttpServer ServingFiles(IReadOnlyDictionary<string, byte[]> files) =>
        new((request, stream) => files.TryGetValue(request.Path, out var body)
            ? WriteResponse(stream, 200, body)
            : WriteResponse(stream, 404, "not found"u8.ToArray()));

    public static async Task WriteResponse(Stream stream, int status, byte[] body, long? contentLength = null, string extraHeaders = "")
    {
        var head = $"HTTP/1.1 {status} {ReasonPhrase(status)}\r\nContent-Length: {contentLength ?? body.Length}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException || e is SocketException || e is ObjectDisposedException)
            {
                return;
            }
            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                lock (_requests)
                {
                    _requests.Add(request);
                }
                await _respond(request, stream);
            }
            catch (IOException)
            {
                // the client gave up (a stall or timeout test)
            }
        }
    }

    private static async Task<SeenRequest> ReadRequest(Stream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
        {
            head.Append((char)one[0]);
        }
        var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new SeenRequest(requestLine[0], requestLine[1], headers);
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        302 => "Found",
        401 => "Unauthorized",
        404 => "Not Found",
        410 => "Gone",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
