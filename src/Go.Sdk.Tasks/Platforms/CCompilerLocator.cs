using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Finds the C compiler for a target when CGO is on: the project's GoCC if set; the host compiler (cc, gcc, clang)
/// for the host itself; otherwise the cross compilers by their conventional names (musl-gcc,
/// aarch64-linux-gnu-gcc, x86_64-w64-mingw32-gcc, osxcross' oa64-clang, …); and last <c>zig cc -target …</c>
/// when zig is on PATH. When nothing fits, the coded error says what to install on Debian/Ubuntu, Windows and macOS.
/// </summary>
public sealed class CCompilerLocator
{
    private readonly string _hostOS;
    private readonly string _hostArch;
    private readonly Libc _hostLibc;
    private readonly Func<string, string?> _findOnPath;

    /// <param name="hostOS">GOOS of the machine that runs the build.</param>
    /// <param name="hostArch">GOARCH of that machine.</param>
    /// <param name="hostLibc">Its C library, so a musl target on Alpine uses the host compiler.</param>
    /// <param name="findOnPath">Returns a command's full path, or null when it is not on PATH.</param>
    public CCompilerLocator(string hostOS, string hostArch, Libc hostLibc, Func<string, string?> findOnPath)
    {
        _hostOS = hostOS;
        _hostArch = hostArch;
        _hostLibc = hostLibc;
        _findOnPath = findOnPath;
    }

    /// <summary>A locator for this machine and this process' PATH.</summary>
    public static CCompilerLocator ForThisMachine() =>
        new(HostPlatform.GoOS, HostPlatform.GoArch, HostPlatform.Libc, ExecutableSearch.FromEnvironment().Find);

    /// <summary>The compiler for <paramref name="target"/>; a coded error naming what to install when there is none.</summary>
    /// <param name="configuredCC">GoCC: used as given when set.</param>
    /// <param name="configuredCXX">GoCXX: used as given when set.</param>
    public CCompiler Locate(TargetPlatform target, string? configuredCC = null, string? configuredCXX = null) =>
        TryLocate(target, configuredCC, configuredCXX)
            ?? throw new GoSdkException(Messages.NoCCompiler(
                target.DisplayName,
                Candidates(target).Select(c => c.Command).Append("zig"),
                CrossCompilerCatalog.InstallHint(target, _hostArch),
                CrossCompilerCatalog.ZigTarget(target)));

    public CCompiler? TryLocate(TargetPlatform target, string? configuredCC = null, string? configuredCXX = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredCC))
        {
            return new CCompiler(configuredCC!.Trim(), string.IsNullOrWhiteSpace(configuredCXX) ? null : configuredCXX!.Trim(), CCompilerKind.Configured);
        }
        foreach (var (command, kind) in Candidates(target))
        {
            if (_findOnPath(command) is { } path)
            {
                var cxx = CxxCommandFor(command) is { } cxxCommand ? _findOnPath(cxxCommand) : null;
                return new CCompiler(GoQuote(path), cxx is null ? null : GoQuote(cxx), kind);
            }
        }
        if (CrossCompilerCatalog.ZigTarget(target) is { } zigTarget && _findOnPath("zig") is { } zig)
        {
            var quoted = GoQuote(zig);
            return new CCompiler($"{quoted} cc -target {zigTarget}", $"{quoted} c++ -target {zigTarget}", CCompilerKind.Zig);
        }
        return null;
    }

    /// <summary>The commands tried for <paramref name="target"/> before zig, in order.</summary>
    public IReadOnlyList<(string Command, CCompilerKind Kind)> Candidates(TargetPlatform target)
    {
        var candidates = new List<(string, CCompilerKind)>();
        if (IsHost(target))
        {
            candidates.AddRange(CrossCompilerCatalog.HostCompilers(_hostOS));
        }
        else if (_hostOS == "darwin" && target.GoOS == "darwin")
        {
            // Apple's clang builds for both Mac architectures; Go passes it -arch.
            candidates.Add(("clang", CCompilerKind.Clang));
        }
        candidates.AddRange(CrossCompilerCatalog.CrossCompilers(target, _hostOS, _hostArch));
        return candidates;
    }

    private bool IsHost(TargetPlatform target) =>
        target.GoOS == _hostOS && target.GoArch == _hostArch && (target.GoOS != "linux" || target.Libc == _hostLibc);

    // The C++ driver beside a C driver, by the GCC and clang naming conventions (x86_64-w64-mingw32-gcc → …-g++).
    private static string? CxxCommandFor(string command) =>
        command == "cc" ? "c++"
        : command.EndsWith("gcc", StringComparison.Ordinal) ? command.Substring(0, command.Length - 3) + "g++"
        : command.EndsWith("clang", StringComparison.Ordinal) ? command + "++"
        : null;

    // Go splits CC and CXX into words, honouring single and double quotes (cmd/internal/quoted).
    private static string GoQuote(string path) =>
        path.IndexOfAny(new[] { ' ', '\t', '\'', '"' }) < 0 ? path
        : path.IndexOf('"') < 0 ? "\"" + path + "\""
        : "'" + path + "'";
}
