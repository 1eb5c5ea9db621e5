using System;
using System.Collections.Generic;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Credentials from a netrc file, the file Go, curl and git read for private servers: <c>machine &lt;host&gt;
/// login &lt;user&gt; password &lt;secret&gt;</c> entries and an optional <c>default</c> entry. The file is the one
/// <c>NETRC</c> names, else <c>~/.netrc</c> (<c>~/_netrc</c> on Windows, as Go does).
/// </summary>
public sealed class NetrcFile
{
    private readonly Dictionary<string, NetworkLogin> _machines;
    private readonly NetworkLogin? _default;

    private NetrcFile(Dictionary<string, NetworkLogin> machines, NetworkLogin? fallback)
    {
        _machines = machines;
        _default = fallback;
    }

    /// <summary>The netrc file of this user, or null when there is none.</summary>
    public static NetrcFile? Load(Func<string, string?> environment)
    {
        var path = environment("NETRC");
        if (string.IsNullOrEmpty(path))
        {
            var home = environment(HostPlatform.IsWindows ? "USERPROFILE" : "HOME");
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }
            path = Path.Combine(home!, HostPlatform.IsWindows ? "_netrc" : ".netrc");
        }
        return File.Exists(path) ? Parse(File.ReadAllText(path), path!) : null;
    }

    public static NetrcFile Parse(string text, string path)
    {
        var machines = new Dictionary<string, NetworkLogin>(StringComparer.OrdinalIgnoreCase);
        NetworkLogin? fallback = null;
        string? machine = null;
        bool isDefault = false;
        string? login = null, password = null;

        void Flush()
        {
            if (login is not null || password is not null)
            {
                var entry = new NetworkLogin(login ?? "", password ?? "");
                if (isDefault)
                {
                    fallback ??= entry;
                }
                else if (machine is not null && !machines.ContainsKey(machine))
                {
                    machines[machine] = entry; // the first entry for a machine wins, as in curl and Go
                }
            }
            machine = null;
            isDefault = false;
            login = password = null;
        }

        var tokens = new NetrcTokens(text);
        while (tokens.Next() is { } token)
        {
            switch (token)
            {
                case "machine":
                    Flush();
                    machine = tokens.Next() ?? throw Invalid(path, tokens.Line, "'machine' is not followed by a host name");
                    break;
                case "default":
                    Flush();
                    isDefault = true;
                    break;
                case "login":
                    login = tokens.Next() ?? throw Invalid(path, tokens.Line, "'login' is not followed by a value");
                    break;
                case "password":
                    password = tokens.Next() ?? throw Invalid(path, tokens.Line, "'password' is not followed by a value");
                    break;
                case "account":
                    tokens.Next();
                    break;
                case "macdef":
                    Flush();
                    tokens.SkipMacro();
                    break;
            }
        }
        Flush();
        return new NetrcFile(machines, fallback);
    }

    /// <summary>The login for <paramref name="host"/>, else the <c>default</c> entry's, else null.</summary>
    public NetworkLogin? For(string host) => _machines.TryGetValue(host, out var login) ? login : _default;

    private static GoSdkException Invalid(string path, int line, string detail) =>
        new(Messages.InvalidNetrc(path, line, detail));

    /// <summary>Whitespace-separated tokens; a macro definition runs to the next empty line.</summary>
    private sealed class NetrcTokens
    {
        private readonly string _text;
        private int _position;

        public NetrcTokens(string text)
        {
            _text = text;
        }

        public int Line { get; private set; } = 1;

        public string? Next()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                Advance();
            }
            if (_position >= _text.Length)
            {
                return null;
            }
            int start = _position;
            while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
            {
                Advance();
            }
            return _text.Substring(start, _position - start);
        }

        public void SkipMacro()
        {
            int end = _text.IndexOf("\n\n", _position, StringComparison.Ordinal);
            int stop = end < 0 ? _text.Length : end + 2;
            while (_position < stop)
            {
                Advance();
            }
        }

        private void Advance()
        {
            if (_text[_position] == '\n')
            {
                Line++;
            }
            _position++;
        }
    }
}

/// <summary>A user name and password for one server. <see cref="ToString"/> never shows the password.</summary>
public sealed record NetworkLogin(string User, string Password)
{
    public override string ToString() => $"{User}:***";
}
