using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// What in a <c>go</c> process's environment can change what <c>go build</c> produces, as one text for the build's
/// up-to-date key: the variables Go reads for a build, with the values the process will see (the inherited
/// environment under Go.Sdk's own), the <c>go env -w</c> file and the toolchain's go.env that can set the same
/// variables, and which C compiler a cgo build would start.
/// </summary>
/// <remarks>
/// The variables are Go 1.24's <c>internal/cfg.KnownEnv</c> (every variable cmd/go reads) plus GODEBUG and every
/// <c>CGO_</c> one, less those that only decide where downloads, caches and installed binaries go and so never
/// change the bytes of a build: GOAUTH, GOBIN, GOCACHE, GOCACHEPROG, GOINSECURE, GOMODCACHE, GONOPROXY, GONOSUMDB,
/// GOPRIVATE, GOPROXY, GOSUMDB, GOTMPDIR, GOVCS, and the ones cmd/go computes itself (GOEXE, GOGCCFLAGS, GOHOSTARCH,
/// GOHOSTOS, GOTOOLDIR). GOROOT and GOTOOLCHAIN are Go.Sdk's own and part of the build settings.
/// </remarks>
public static class BuildEnvironment
{
    /// <summary>The variables, besides every <c>CGO_*</c> one, whose value is part of the key.</summary>
    public static readonly IReadOnlyList<string> Variables = new[]
    {
        "AR", "CC", "CXX", "FC", "GCCGO", "PKG_CONFIG", "GO_EXTLINK_ENABLED",
        "GO111MODULE", "GODEBUG", "GOENV", "GOEXPERIMENT", "GOFIPS140", "GOFLAGS", "GOPATH", "GOWORK",
        "GOOS", "GOARCH", "GO386", "GOAMD64", "GOARM", "GOARM64", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
    };

    private const string CgoPrefix = "CGO_";

    /// <param name="overrides">Go.Sdk's <c>NAME=value</c> pairs for the process; they win over the inherited ones.</param>
    /// <param name="inherited">The inherited environment (a variable's value, or null).</param>
    /// <param name="inheritedNames">The names of the inherited variables, to find every <c>CGO_*</c> one.</param>
    /// <param name="goRoot">The toolchain, whose go.env holds its defaults.</param>
    /// <param name="targetOs">GOOS of the build: it picks Go's default C compiler.</param>
    public static string Describe(IEnumerable<string> overrides, Func<string, string?> inherited, IEnumerable<string> inheritedNames, string goRoot, string targetOs)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in overrides)
        {
            int equals = pair.IndexOf('=');
            if (equals > 0)
            {
                set[pair.Substring(0, equals)] = pair.Substring(equals + 1);
            }
        }
        string? Value(string name) => set.TryGetValue(name, out var value) ? value : inherited(name);

        var names = new SortedSet<string>(Variables, StringComparer.Ordinal);
        names.UnionWith(set.Keys.Concat(inheritedNames).Where(n => n.StartsWith(CgoPrefix, StringComparison.Ordinal)));

        var text = new StringBuilder();
        foreach (var name in names)
        {
            if (Value(name) is { } value)
            {
                text.Append(name).Append('=').Append(value).Append('\n');
            }
        }
        AppendFile(text, "goenv", UserEnvironmentFile(Value));
        AppendFile(text, "go.env", Path.Combine(goRoot, "go.env"));
        if (Value("CGO_ENABLED") != "0")
        {
            text.Append("cc=").Append(CompilerIdentity(Value("CC"), targetOs, Value("PATH"))).Append('\n');
        }
        return text.ToString();
    }

    // Where `go env -w` writes, as os.UserConfigDir finds it: GOENV names the file (off: none).
    private static string? UserEnvironmentFile(Func<string, string?> value)
    {
        var goEnv = value("GOENV");
        if (goEnv == "off")
        {
            return null;
        }
        if (!string.IsNullOrEmpty(goEnv))
        {
            return goEnv;
        }
        string? configDirectory;
        if (Path.DirectorySeparatorChar == '\\')
        {
            configDirectory = value("AppData");
        }
        else if (Directory.Exists("/System/Library"))
        {
            configDirectory = value("HOME") is { Length: > 0 } home ? Path.Combine(home, "Library", "Application Support") : null;
        }
        else
        {
            configDirectory = value("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg
                : value("HOME") is { Length: > 0 } home ? Path.Combine(home, ".config") : null;
        }
        return configDirectory is null ? null : Path.Combine(configDirectory, "go", "env");
    }

    private static void AppendFile(StringBuilder text, string label, string? path)
    {
        text.Append(label).Append(':');
        try
        {
            if (path is not null && File.Exists(path))
            {
                text.Append(File.ReadAllText(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable for us is unreadable for go too; a changed permission still changes the key.
            text.Append("unreadable");
        }
        text.Append('\n');
    }

    // The C compiler cgo would start: CC's first word (Go's default when unset, as in cmd/go's zdefaultcc.go), found
    // on PATH like exec.LookPath does, with its size and write time, so that installing another compiler under
    // the same name counts. Go keys its own cache on the compiler's version the same way.
    internal static string CompilerIdentity(string? cc, string targetOs, string? path)
    {
        var command = CommandLine.Split(cc).FirstOrDefault()
            ?? (targetOs is "darwin" or "ios" or "freebsd" or "openbsd" ? "clang" : "gcc");
        var candidates = command.IndexOfAny(new[] { '/', '\\' }) >= 0
            ? new[] { command }
            : (path ?? "").Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, command));
        foreach (var candidate in candidates.SelectMany(c => new[] { c, c + ".exe" }))
        {
            var file = new FileInfo(candidate);
            if (file.Exists)
            {
                return $"{file.FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}";
            }
        }
        return command + " (not found)";
    }
}
