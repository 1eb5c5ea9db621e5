using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>
/// A forwarding HTTP proxy on 127.0.0.1 for plain-http requests (<c>GET http://host:port/path</c>), standing in for a
/// corporate proxy that alone can resolve the mirror's name: every request, whatever host it names, is sent to one
/// upstream endpoint. Records the absolute URL of each request it forwards. One request per connection.
/// </summary>
public sealed class LoopbackHttpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _upstream;
    private readonly ConcurrentQueue<string> _requested = new();

    public LoopbackHttpProxy(IPEndPoint upstream)
    {
        _upstream = upstream;
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The value for HTTP_PROXY.</summary>
    public string Url { get; }

    /// <summary>The absolute URLs clients asked this proxy for, in arrival order.</summary>
    public IReadOnlyList<string> Requested => _requested.ToList();

    public void Dispose() => _listener.Stop();

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ForwardAsync(client));
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null)
                {
                    return;
                }
                using var upstream = new TcpClient();
                await upstream.ConnectAsync(_upstream.Address, _upstream.Port);
                var upstreamStream = upstream.GetStream();
                await upstreamStream.WriteAsync(Encoding.ASCII.GetBytes(OriginForm(head)));
                await upstreamStream.CopyToAsync(stream);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // Either side went away; the client sees a broken transfer, as behind a real proxy.
            }
        }
    }

    /// <summary>
    /// Rewrites a proxy request (<c>GET http://name:port/path</c>) into the request the upstream expects
    /// (<c>GET /path</c>, its own Host), and asks it to close the connection after answering.
    /// </summary>
    private string OriginForm(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        _requested.Enqueue(parts[1]);
        var target = new Uri(parts[1]);
        var rewritten = new StringBuilder($"{parts[0]} {target.PathAndQuery} {parts[2]}\r\n");
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var name = line.Split(':', 2)[0].Trim();
            if (!name.Equals("Host", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
                && !name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase))
            {
                rewritten.Append(line).Append("\r\n");
            }
        }
        rewritten.Append($"Host: {_upstream}\r\nConnection: close\r\n\r\n");
        return rewritten.ToString();
    }

    /// <summary>The request line and headers, up to the blank line; null when the client closed first.</summary>
    private static async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }
            head.Append((char)one[0]);
        }
        return head.ToString();
    }

    private static bool EndsWithBlankLine(StringBuilder head) =>
        head.Length >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
