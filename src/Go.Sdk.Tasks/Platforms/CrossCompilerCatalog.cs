using System.Collections.Generic;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>Where to get a C compiler for a target, on each kind of machine a developer or agent may build on.</summary>
/// <param name="Debian">What to install on Debian or Ubuntu.</param>
/// <param name="Windows">What to install on Windows.</param>
/// <param name="MacOS">What to install on macOS.</param>
public sealed record CCompilerInstallHint(string Debian, string Windows, string MacOS);

/// <summary>
/// The conventional command names of C compilers for a target, in the order they are tried, the zig target that
/// can stand in for all of them, and the install hint for when none is there. Data only: the search is
/// <see cref="CCompilerLocator"/>'s.
/// </summary>
internal static class CrossCompilerCatalog
{
    private const string Zig = "zig (https://ziglang.org/download)";
    private const string WindowsZig = "zig (winget install zig.zig)";
    private const string MacZig = "zig (brew install zig)";

    /// <summary>The CPU part of GNU triples (x86_64-linux-gnu) for each GOARCH.</summary>
    private static readonly Dictionary<string, string> TripleCpu = new()
    {
        ["amd64"] = "x86_64", ["386"] = "i686", ["arm64"] = "aarch64", ["arm"] = "arm", ["riscv64"] = "riscv64",
        ["loong64"] = "loongarch64", ["s390x"] = "s390x", ["ppc64le"] = "powerpc64le", ["ppc64"] = "powerpc64",
        ["mips"] = "mips", ["mipsle"] = "mipsel", ["mips64"] = "mips64", ["mips64le"] = "mips64el",
    };

    /// <summary>
    /// Compilers that only build for the machine they run on: tried when the target is the host. Windows has no
    /// <c>cc</c>, and cgo cannot use MSVC, so there it is MinGW's gcc or llvm-mingw's clang.
    /// </summary>
    public static IReadOnlyList<(string Command, CCompilerKind Kind)> HostCompilers(string hostOS) => hostOS == "windows"
        ? new[] { ("gcc", CCompilerKind.Gcc), ("clang", CCompilerKind.Clang) }
        : new[] { ("cc", CCompilerKind.Gcc), ("gcc", CCompilerKind.Gcc), ("clang", CCompilerKind.Clang) };

    /// <summary>Cross compilers for <paramref name="target"/> by their conventional names, most common first.</summary>
    public static IReadOnlyList<(string Command, CCompilerKind Kind)> CrossCompilers(TargetPlatform target, string hostOS, string hostArch)
    {
        var list = new List<(string, CCompilerKind)>();
        if (!TripleCpu.TryGetValue(target.GoArch, out var cpu))
        {
            return list;
        }
        switch (target.GoOS)
        {
            case "linux":
                // musl-tools' musl-gcc wraps the host gcc, so it builds for the host architecture only.
                if (target.Libc == Libc.Musl && hostOS == "linux" && hostArch == target.GoArch)
                {
                    list.Add(("musl-gcc", CCompilerKind.Gcc));
                }
                var abi = LinuxAbi(target);
                list.Add(($"{cpu}-linux-{abi}-gcc", CCompilerKind.Gcc));          // Debian, Ubuntu, musl-cross
                list.Add(($"{cpu}-unknown-linux-{abi}-gcc", CCompilerKind.Gcc));  // crosstool-ng, Homebrew taps
                break;
            case "windows":
                list.Add(($"{cpu}-w64-mingw32-gcc", CCompilerKind.Gcc));
                list.Add(($"{cpu}-w64-mingw32-clang", CCompilerKind.Clang));     // llvm-mingw, the one with arm64
                break;
            case "darwin" when target.GoArch is "amd64" or "arm64":
                list.Add((target.GoArch == "arm64" ? "oa64-clang" : "o64-clang", CCompilerKind.Clang)); // osxcross
                break;
        }
        return list;
    }

    /// <summary>The <c>zig cc -target</c> value for <paramref name="target"/>, or null where zig has none.</summary>
    public static string? ZigTarget(TargetPlatform target)
    {
        if (!TripleCpu.TryGetValue(target.GoArch, out var cpu))
        {
            return null;
        }
        cpu = cpu == "i686" ? "x86" : cpu; // zig 0.11+ spells 32-bit x86 this way
        return target.GoOS switch
        {
            "linux" => $"{cpu}-linux-{ZigLinuxAbi(target)}",
            "windows" => $"{cpu}-windows-gnu",
            "darwin" => $"{cpu}-macos",
            "freebsd" => $"{cpu}-freebsd",
            _ => null,
        };
    }

    public static CCompilerInstallHint InstallHint(TargetPlatform target, string hostArch)
    {
        TripleCpu.TryGetValue(target.GoArch, out var cpu);
        var triple = $"{cpu}-linux-{LinuxAbi(target)}";
        return target.GoOS switch
        {
            "linux" when target.Libc == Libc.Musl => new(
                hostArch == target.GoArch ? "sudo apt-get install musl-tools" : $"no Debian package builds for {triple}; use {Zig} or a {triple} cross toolchain",
                WindowsZig,
                target.GoArch is "amd64" or "arm64" ? "brew install FiloSottile/musl-cross/musl-cross, or " + MacZig : MacZig),
            "linux" => new(
                "sudo apt-get install " + (hostArch == target.GoArch ? "gcc" : "gcc-" + triple.Replace('_', '-')),
                WindowsZig,
                target.GoArch is "amd64" or "arm64" ? $"brew install messense/macos-cross-toolchains/{cpu}-unknown-linux-gnu, or {MacZig}" : MacZig),
            "windows" when target.GoArch is "amd64" or "386" => new(
                "sudo apt-get install gcc-mingw-w64-" + (cpu == "x86_64" ? "x86-64" : cpu),
                "MSYS2 (pacman -S mingw-w64-" + (cpu == "x86_64" ? "ucrt-x86_64" : "i686") + "-gcc) with its bin folder on PATH, or " + WindowsZig,
                "brew install mingw-w64, or " + MacZig),
            "windows" => new(
                $"llvm-mingw (https://github.com/mstorsjo/llvm-mingw) or {Zig}",
                "llvm-mingw (https://github.com/mstorsjo/llvm-mingw) or " + WindowsZig,
                "llvm-mingw (https://github.com/mstorsjo/llvm-mingw) or " + MacZig),
            "darwin" => new(
                $"osxcross (https://github.com/tpoechtrager/osxcross) with a macOS SDK, then GoCC=o64-clang or oa64-clang; or {Zig}",
                WindowsZig,
                "xcode-select --install"),
            _ => new(
                $"{Zig}, or a clang with a {target.GoOS} sysroot set as GoCC",
                WindowsZig,
                MacZig),
        };
    }

    // zig names 32-bit MIPS glibc by its float ABI where Debian's triples say plain "gnu" (mipsel-linux-gnu-gcc):
    // "mipsel-linux-gnu" finds no libc headers in zig. GOMIPS=softfloat is the soft-float one.
    private static string ZigLinuxAbi(TargetPlatform target) =>
        target.GoArch is "mips" or "mipsle" && target.Libc == Libc.Gnu
            ? (target.Variant == "softfloat" ? "gnueabi" : "gnueabihf")
            : LinuxAbi(target);

    private static string LinuxAbi(TargetPlatform target)
    {
        var libc = target.Libc == Libc.Musl ? "musl" : "gnu";
        return target.GoArch switch
        {
            // GOARM=5 is soft float (Debian armel: the "eabi" toolchains); 6 and 7 are hard float like Raspberry Pi OS.
            "arm" => libc + (target.Variant == "5" ? "eabi" : "eabihf"),
            "mips64" or "mips64le" when target.Libc == Libc.Gnu => "gnuabi64",
            _ => libc,
        };
    }
}
