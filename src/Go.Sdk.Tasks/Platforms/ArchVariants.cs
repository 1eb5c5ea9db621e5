using System;
using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// The per-architecture setting Go reads beside GOARCH (GOARM, GOAMD64, GO386, …), and how the third part of a
/// platform string spells it: <c>linux/arm/v7</c> and <c>linux/amd64/v3</c> as Docker and GoReleaser write them,
/// <c>linux/386/softfloat</c> and <c>linux/ppc64le/power9</c> in Go's own words.
/// </summary>
internal static class ArchVariants
{
    private sealed record Rule(string Variable, IReadOnlyList<string> Values, Func<string, string> ToToken, Func<string, string> ToValue);

    private static readonly Func<string, string> Same = s => s;

    private static readonly Rule Mips = new("GOMIPS", new[] { "hardfloat", "softfloat" }, Same, Same);
    private static readonly Rule Mips64 = Mips with { Variable = "GOMIPS64" };
    private static readonly Rule Ppc64 = new("GOPPC64", new[] { "power8", "power9", "power10" }, Same, Same);

    private static readonly Dictionary<string, Rule> Rules = new(StringComparer.Ordinal)
    {
        // GOARM is a bare digit for Go; v5…v7 in platform strings, as Docker and GoReleaser write it.
        ["arm"] = new("GOARM", new[] { "5", "6", "7" }, v => "v" + v, t => t.StartsWith("v", StringComparison.Ordinal) ? t.Substring(1) : t),
        ["amd64"] = new("GOAMD64", new[] { "v1", "v2", "v3", "v4" }, Same, Same),
        ["386"] = new("GO386", new[] { "sse2", "softfloat" }, Same, Same),
        // Docker calls every arm64 platform linux/arm64/v8: that is GOARM64's baseline, v8.0.
        ["arm64"] = new("GOARM64", Arm64Levels(), Same, t => t == "v8" ? "v8.0" : t),
        ["mips"] = Mips,
        ["mipsle"] = Mips,
        ["mips64"] = Mips64,
        ["mips64le"] = Mips64,
        ["ppc64"] = Ppc64,
        ["ppc64le"] = Ppc64,
        ["riscv64"] = new("GORISCV64", new[] { "rva20u64", "rva22u64" }, Same, Same),
    };

    /// <summary>The environment variable that holds <paramref name="goArch"/>'s variant, or null if it has none.</summary>
    public static string? VariableFor(string goArch) => Rules.TryGetValue(goArch, out var rule) ? rule.Variable : null;

    /// <summary>Turns a platform string's third part into Go's value (<c>v7</c> → <c>7</c>); null when not valid.</summary>
    public static string? ValueFromToken(string goArch, string token)
    {
        if (!Rules.TryGetValue(goArch, out var rule))
        {
            return null;
        }
        var value = rule.ToValue(token);
        return rule.Values.Contains(value, StringComparer.Ordinal) ? value : null;
    }

    /// <summary>Whether <paramref name="value"/> is a value Go accepts in the variable for <paramref name="goArch"/>.</summary>
    public static bool IsValue(string goArch, string value) =>
        Rules.TryGetValue(goArch, out var rule) && rule.Values.Contains(value, StringComparer.Ordinal);

    /// <summary>How a platform string spells Go's value (<c>7</c> → <c>v7</c>).</summary>
    public static string TokenFor(string goArch, string value) => Rules[goArch].ToToken(value);

    /// <summary>The tokens a platform string may use for <paramref name="goArch"/>, for error messages.</summary>
    public static string AcceptedTokens(string goArch) =>
        Rules.TryGetValue(goArch, out var rule)
            ? string.Join(", ", rule.Values.Select(rule.ToToken))
            : "none (" + goArch + " has no variant setting)";

    private static string[] Arm64Levels() =>
        Enumerable.Range(0, 10).Select(minor => "v8." + minor)
            .Concat(Enumerable.Range(0, 6).Select(minor => "v9." + minor))
            .ToArray();
}
