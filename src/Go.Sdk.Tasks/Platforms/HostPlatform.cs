using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>The machine MSBuild runs on, in Go's terms (GOOS/GOARCH), which is the platform of the toolchain it needs.</summary>
public static class HostPlatform
{
    public static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static string GoOS =>
        IsWindows ? "windows"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD")) ? "freebsd"
        : throw new PlatformNotSupportedException(RuntimeInformation.OSDescription);

    public static string GoArch => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.X86 => "386",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The C library of this machine: musl when the only dynamic loader is musl's (/lib/ld-musl-*.so.1), as on
    /// Alpine; glibc otherwise (Debian's musl-tools adds a musl loader beside glibc's, and that is still glibc).
    /// </summary>
    public static Libc Libc =>
        GoOS == "linux" && HasLoader("/lib", "ld-musl-*") && !HasLoader("/lib", "ld-linux*") && !HasLoader("/lib64", "ld-linux*")
            ? Libc.Musl
            : Libc.Gnu;

    private static bool HasLoader(string directory, string pattern) =>
        Directory.Exists(directory) && Directory.GetFiles(directory, pattern).Length > 0;

    /// <summary><c>go</c>, or <c>go.exe</c> on Windows.</summary>
    public static string ExecutableName(string name) => IsWindows ? name + ".exe" : name;
}
