using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Chooses the <c>Authorization</c> header for a request, in this order: user info in the source URL; the
/// environment variable named by <c>GoToolchainAuthorizationVariable</c>, sent only to the hosts of the configured
/// mirror and proxies; the netrc entry of the request's host. The variable's value is used as
/// <c>&lt;scheme&gt; &lt;credentials&gt;</c> when it contains a space (<c>Bearer abc</c>), as basic credentials
/// when it is <c>user:password</c>, and as a bearer token otherwise. Values are never logged.
/// </summary>
public sealed class RequestAuthorization
{
    private readonly HashSet<string> _sourceHosts;
    private readonly Lazy<AuthenticationHeaderValue?> _fromVariable;
    private readonly NetrcFile? _netrc;

    public RequestAuthorization(IEnumerable<Uri> sources, string? variableName, Func<string, string?> environment, NetrcFile? netrc)
    {
        _sourceHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            _sourceHosts.Add(source.Host);
        }
        _netrc = netrc;
        // Read on the first request, so a build that finds its toolchain in the cache never needs the variable.
        _fromVariable = new Lazy<AuthenticationHeaderValue?>(() => FromVariable(variableName, environment));
    }

    /// <summary>No credentials at all: for sources on disk.</summary>
    public static RequestAuthorization None { get; } = new(Array.Empty<Uri>(), null, _ => null, null);

    public AuthenticationHeaderValue? For(Uri request)
    {
        if (request.UserInfo.Length > 0)
        {
            return Basic(Uri.UnescapeDataString(request.UserInfo));
        }
        if (_sourceHosts.Contains(request.Host) && _fromVariable.Value is { } fromVariable)
        {
            return fromVariable;
        }
        return _netrc?.For(request.Host) is { } login ? Basic(login.User + ":" + login.Password) : null;
    }

    private static AuthenticationHeaderValue? FromVariable(string? variableName, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(variableName))
        {
            return null;
        }
        var value = environment(variableName!.Trim());
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GoSdkException(Messages.AuthorizationVariableUnset(variableName.Trim()));
        }
        return FromValue(value!.Trim());
    }

    private static AuthenticationHeaderValue FromValue(string value)
    {
        int space = value.IndexOf(' ');
        if (space > 0)
        {
            return new AuthenticationHeaderValue(value.Substring(0, space), value.Substring(space + 1).Trim());
        }
        return value.IndexOf(':') > 0 ? Basic(value) : new AuthenticationHeaderValue("Bearer", value);
    }

    private static AuthenticationHeaderValue Basic(string userColonPassword) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userColonPassword)));
}
