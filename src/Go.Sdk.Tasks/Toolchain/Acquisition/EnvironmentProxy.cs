using System;
using System.Collections.Generic;
using System.Net;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// The proxy that <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c> and <c>NO_PROXY</c> (or their lower-case forms) describe,
/// read the way Go's <c>httpproxy</c> package reads them: this machine (<c>localhost</c>, any loopback address) is
/// never reached through a proxy, whatever NO_PROXY says, since a proxy elsewhere cannot reach it. .NET honours these
/// variables by default, but .NET Framework (Visual Studio's MSBuild) does not, so Go.Sdk reads them itself and
/// behaves the same under both.
/// </summary>
public sealed class EnvironmentProxy : IWebProxy
{
    private readonly Uri? _http;
    private readonly Uri? _https;
    private readonly IReadOnlyList<string> _noProxy;

    private EnvironmentProxy(Uri? http, Uri? https, IReadOnlyList<string> noProxy, ICredentials? credentials)
    {
        _http = http;
        _https = https;
        _noProxy = noProxy;
        Credentials = credentials;
    }

    public ICredentials? Credentials { get; set; }

    /// <summary>The proxy the environment asks for, or null when it names none.</summary>
    public static EnvironmentProxy? FromEnvironment(Func<string, string?> environment)
    {
        var credentials = new CredentialCache();
        var http = ProxyUri(Variable(environment, "HTTP_PROXY"), credentials);
        var https = ProxyUri(Variable(environment, "HTTPS_PROXY"), credentials);
        if (http is null && https is null)
        {
            return null;
        }
        var noProxy = new List<string>();
        foreach (var entry in (Variable(environment, "NO_PROXY") ?? "").Split(','))
        {
            var trimmed = entry.Trim().ToLowerInvariant();
            if (trimmed.Length > 0)
            {
                noProxy.Add(trimmed);
            }
        }
        return new EnvironmentProxy(http, https, noProxy, credentials);
    }

    public Uri GetProxy(Uri destination) => For(destination) ?? destination;

    public bool IsBypassed(Uri host) => For(host) is null;

    private Uri? For(Uri destination)
    {
        var proxy = destination.Scheme == Uri.UriSchemeHttps ? _https : _http;
        return proxy is null || destination.IsLoopback || Excluded(destination) ? null : proxy;
    }

    // NO_PROXY entries: "*" (everything), a host or domain ("example.com" and ".example.com" both match the domain
    // and its subdomains), optionally with a port, or an IP address.
    private bool Excluded(Uri destination)
    {
        var host = destination.IdnHost.Trim('[', ']').ToLowerInvariant();
        foreach (var entry in _noProxy)
        {
            if (entry == "*")
            {
                return true;
            }
            var (name, port) = SplitPort(entry);
            if (port is not null && port != destination.Port)
            {
                continue;
            }
            name = name.TrimStart('*').TrimStart('.');
            if (host == name || host.EndsWith("." + name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static (string Name, int? Port) SplitPort(string entry)
    {
        int colon = entry.LastIndexOf(':');
        // An IPv6 address has colons of its own; only "[::1]:8080" or "host:8080" carry a port.
        if (colon > 0 && entry.IndexOf(':') == colon && int.TryParse(entry.Substring(colon + 1), out var port))
        {
            return (entry.Substring(0, colon), port);
        }
        if (entry.StartsWith("[", StringComparison.Ordinal) && entry.LastIndexOf("]:", StringComparison.Ordinal) is var close && close > 0
            && int.TryParse(entry.Substring(close + 2), out var bracketedPort))
        {
            return (entry.Substring(1, close - 1), bracketedPort);
        }
        return (entry.Trim('[', ']'), null);
    }

    private static string? Variable(Func<string, string?> environment, string name)
    {
        var value = environment(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = environment(name.ToLowerInvariant());
        }
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    // "proxy:3128" means http://proxy:3128; "http://user:pass@proxy:3128" carries the proxy's own credentials.
    private static Uri? ProxyUri(string? value, CredentialCache credentials)
    {
        if (value is null)
        {
            return null;
        }
        var text = value.IndexOf("://", StringComparison.Ordinal) < 0 ? "http://" + value : value;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var proxy = new Uri(uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped));
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(new[] { ':' }, 2);
            credentials.Add(proxy, "Basic", new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : ""));
        }
        return proxy;
    }
}
