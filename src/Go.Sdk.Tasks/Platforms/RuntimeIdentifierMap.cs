using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// .NET RuntimeIdentifiers (portable ones, as <c>dotnet build -r</c> and <c>runtimes/&lt;rid&gt;/native</c> use them)
/// and the Go targets they mean. Both directions come from one table, so they cannot drift apart; the table is
/// printed in docs/cross-compiling.md.
/// </summary>
public static class RuntimeIdentifierMap
{
    // (RID architecture, GOARCH, GOARM) for Linux; each gets a glibc RID linux-<arch> and a musl RID linux-musl-<arch>.
    // linux-arm is .NET's ARMv7 hard-float target, so GOARM=7. linux-armel (Debian armel, ARMv5TE without an FPU)
    // gets GOARM=5: the one level that runs on every armel device; ARMv6 boards (Raspberry Pi 1/Zero) also run it.
    private static readonly (string Rid, string GoArch, string? Variant)[] LinuxArchitectures =
    {
        ("x64", "amd64", null),
        ("x86", "386", null),
        ("arm64", "arm64", null),
        ("arm", "arm", "7"),
        ("armel", "arm", "5"),
        ("riscv64", "riscv64", null),
        ("loongarch64", "loong64", null),
        ("s390x", "s390x", null),
        ("ppc64le", "ppc64le", null),
    };

    private static readonly (string Rid, string GoOS, string GoArch)[] OtherSystems =
    {
        ("win-x64", "windows", "amd64"),
        ("win-x86", "windows", "386"),
        ("win-arm64", "windows", "arm64"),
        ("osx-x64", "darwin", "amd64"),
        ("osx-arm64", "darwin", "arm64"),
        ("freebsd-x64", "freebsd", "amd64"),
        ("freebsd-arm64", "freebsd", "arm64"),
    };

    private static readonly IReadOnlyList<(string Rid, TargetPlatform Platform)> Table = BuildTable();

    /// <summary>Every RID this map knows, in table order (Linux glibc, Linux musl, Windows, macOS, FreeBSD).</summary>
    public static IReadOnlyList<string> Supported { get; } = Table.Select(e => e.Rid).ToArray();

    /// <summary>The Go target of a RID such as <c>linux-musl-arm64</c>; a coded error lists the supported RIDs otherwise.</summary>
    public static TargetPlatform ToPlatform(string runtimeIdentifier) =>
        TryToPlatform(runtimeIdentifier, out var platform)
            ? platform
            : throw new GoSdkException(Messages.UnknownRuntimeIdentifier(runtimeIdentifier, Supported));

    public static bool TryToPlatform(string runtimeIdentifier, out TargetPlatform platform)
    {
        var rid = (runtimeIdentifier ?? "").Trim();
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Rid, rid, StringComparison.OrdinalIgnoreCase))
            {
                platform = entry.Platform;
                return true;
            }
        }
        platform = null!;
        return false;
    }

    /// <summary>
    /// The RID of a Go target, e.g. for <c>runtimes/&lt;rid&gt;/native</c>. A variant that does not change the RID
    /// (GOAMD64=v3 is still linux-x64) is ignored; 32-bit arm is linux-armel for GOARM=5 (soft float) and linux-arm
    /// otherwise, because GOARM=6 code runs on every ARMv7 device linux-arm promises.
    /// </summary>
    public static string ToRuntimeIdentifier(TargetPlatform platform) =>
        TryToRuntimeIdentifier(platform, out var rid)
            ? rid
            : throw new GoSdkException(Messages.NoRuntimeIdentifier(platform.DisplayName));

    public static bool TryToRuntimeIdentifier(TargetPlatform platform, out string runtimeIdentifier)
    {
        foreach (var entry in Table)
        {
            var p = entry.Platform;
            if (p.GoOS == platform.GoOS && p.GoArch == platform.GoArch && p.Libc == platform.Libc
                && ArmFloor(p) == ArmFloor(platform))
            {
                runtimeIdentifier = entry.Rid;
                return true;
            }
        }
        runtimeIdentifier = "";
        return false;
    }

    // Only 32-bit arm has RIDs that differ by variant: soft float (GOARM=5, linux-armel) or hard float (linux-arm).
    private static bool? ArmFloor(TargetPlatform p) => p.GoArch == "arm" ? p.Variant == "5" : null;

    private static IReadOnlyList<(string, TargetPlatform)> BuildTable()
    {
        var table = new List<(string, TargetPlatform)>();
        foreach (var libc in new[] { Libc.Gnu, Libc.Musl })
        {
            var prefix = libc == Libc.Musl ? "linux-musl-" : "linux-";
            table.AddRange(LinuxArchitectures.Select(a => (prefix + a.Rid, new TargetPlatform("linux", a.GoArch, a.Variant, libc))));
        }
        table.AddRange(OtherSystems.Select(s => (s.Rid, new TargetPlatform(s.GoOS, s.GoArch))));
        return table;
    }
}
