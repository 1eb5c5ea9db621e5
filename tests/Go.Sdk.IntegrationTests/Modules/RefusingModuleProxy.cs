using System.Net;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Modules;

/// <summary>
/// A private module proxy on 127.0.0.1 that the build has no valid credentials for: every request gets
/// <c>401 Unauthorized</c> with a basic-auth challenge, as a real one answers an anonymous or wrong login.
/// </summary>
public sealed class RefusingModuleProxy : IDisposable
{
    private readonly HttpListener _listener = new();

    public RefusingModuleProxy()
    {
        Port = LoopbackMirror.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The proxy URL, with <c>user:password</c> in it when given.</summary>
    public string Url(string? credentials = null) =>
        credentials is null ? $"http://127.0.0.1:{Port}" : $"http://{credentials}@127.0.0.1:{Port}";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var response = context.Response;
            response.StatusCode = 401;
            response.AddHeader("WWW-Authenticate", "Basic realm=\"modules\"");
        }
    }

    public void Dispose() => _listener.Close();
}
