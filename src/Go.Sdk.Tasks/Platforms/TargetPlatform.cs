using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// One build target in Go's terms: GOOS, GOARCH, the architecture's variant setting (GOARM=7, GOAMD64=v3, …) when
/// one is chosen, and the C library for Linux. Written as <c>goos/goarch[/variant]</c> (<see cref="Parse"/>), as in
/// <c>GoTargetPlatforms</c>; a RuntimeIdentifier maps onto it through <see cref="RuntimeIdentifierMap"/>.
/// </summary>
public sealed record TargetPlatform
{
    /// <param name="goOS">GOOS, e.g. <c>linux</c>.</param>
    /// <param name="goArch">GOARCH, e.g. <c>arm</c>.</param>
    /// <param name="variant">The value of the architecture's variable in Go's spelling (<c>7</c> for GOARM), or null for Go's default.</param>
    /// <param name="libc">musl is valid for Linux only.</param>
    public TargetPlatform(string goOS, string goArch, string? variant = null, Libc libc = Libc.Gnu)
    {
        var text = goOS + "/" + goArch + (variant is null ? "" : "/" + variant);
        if (!IsGoName(goOS) || !IsGoName(goArch))
        {
            throw new GoSdkException(Messages.InvalidTargetPlatform(text, "GOOS and GOARCH are lower-case names such as linux/amd64"));
        }
        if (variant is not null && !ArchVariants.IsValue(goArch, variant))
        {
            throw new GoSdkException(Messages.InvalidTargetPlatform(text, $"the variant of {goArch} may be: {ArchVariants.AcceptedTokens(goArch)}"));
        }
        if (libc == Libc.Musl && goOS != "linux")
        {
            throw new GoSdkException(Messages.MuslNeedsLinux(text));
        }
        GoOS = goOS;
        GoArch = goArch;
        Variant = variant;
        Libc = libc;
    }

    public string GoOS { get; }

    public string GoArch { get; }

    /// <summary>The value of <see cref="VariantVariable"/> in Go's spelling, or null to leave Go's default.</summary>
    public string? Variant { get; }

    public Libc Libc { get; }

    /// <summary>GOARM, GOAMD64, GO386, … when <see cref="Variant"/> is set; otherwise null.</summary>
    public string? VariantVariable => Variant is null ? null : ArchVariants.VariableFor(GoArch);

    public bool IsWindows => GoOS == "windows";

    /// <summary>
    /// Reads <c>goos/goarch</c> or <c>goos/goarch/variant</c> (<c>linux/arm/v7</c>, <c>linux/amd64/v3</c>).
    /// <paramref name="libc"/> applies to a Linux platform only, so one <c>GoLibc=musl</c> can serve a whole matrix.
    /// </summary>
    public static TargetPlatform Parse(string text, Libc libc = Libc.Gnu)
    {
        var trimmed = (text ?? "").Trim();
        var parts = trimmed.ToLowerInvariant().Split('/');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
        {
            var hint = RuntimeIdentifierMap.TryToPlatform(trimmed, out var fromRid)
                ? $"'{trimmed}' is a RuntimeIdentifier: list it in RuntimeIdentifiers, or write {fromRid}"
                : "write goos/goarch or goos/goarch/variant, e.g. linux/amd64 or linux/arm/v7";
            throw new GoSdkException(Messages.InvalidTargetPlatform(trimmed, hint));
        }
        string? variant = null;
        if (parts.Length == 3)
        {
            variant = ArchVariants.ValueFromToken(parts[1], parts[2])
                ?? throw new GoSdkException(Messages.InvalidTargetPlatform(trimmed, $"the variant of {parts[1]} may be: {ArchVariants.AcceptedTokens(parts[1])}"));
        }
        return new TargetPlatform(parts[0], parts[1], variant, parts[0] == "linux" ? libc : Libc.Gnu);
    }

    /// <summary>Reads a <c>GoLibc</c> value: <c>gnu</c>, <c>glibc</c>, <c>musl</c>, or empty for gnu.</summary>
    public static Libc ParseLibc(string? value) => (value ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "gnu" or "glibc" => Libc.Gnu,
        "musl" => Libc.Musl,
        _ => throw new GoSdkException(Messages.UnknownLibc(value!)),
    };

    /// <summary>The variables <c>go build</c> needs for this target: GOOS, GOARCH and the variant's variable.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GoEnvironment()
    {
        var env = new List<KeyValuePair<string, string>> { new("GOOS", GoOS), new("GOARCH", GoArch) };
        if (Variant is not null)
        {
            env.Add(new(VariantVariable!, Variant));
        }
        return env;
    }

    /// <summary>
    /// The output folder of this target in a matrix: <c>linux-amd64</c>; with a variant <c>linux-arm-v7</c>; with musl
    /// <c>linux-musl-amd64</c> (musl where RIDs put it), so no two distinct targets of one matrix share a folder.
    /// </summary>
    public string FolderName =>
        GoOS + (Libc == Libc.Musl ? "-musl" : "") + "-" + GoArch + (Variant is null ? "" : "-" + ArchVariants.TokenFor(GoArch, Variant));

    /// <summary><c>linux/arm/v7</c>: the platform-string form <see cref="Parse"/> reads (libc is not part of it).</summary>
    public override string ToString() =>
        GoOS + "/" + GoArch + (Variant is null ? "" : "/" + ArchVariants.TokenFor(GoArch, Variant));

    /// <summary>The platform string plus the libc when it is musl, for messages: <c>linux/arm64 (musl)</c>.</summary>
    public string DisplayName => ToString() + (Libc == Libc.Musl ? " (musl)" : "");

    private static bool IsGoName(string s) =>
        s.Length > 0 && s.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
