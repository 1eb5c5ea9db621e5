using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

/// <summary>
/// Runs Windows programs under wine64 (Debian's wine64 package). Debian 12's wine 8 has no bcryptprimitives.dll,
/// which every Go ≥ 1.21.x Windows program loads for ProcessPrng (wine 9 adds it), so the run's own wine prefix gets a
/// stand-in built with MinGW: ProcessPrng forwarding to BCryptGenRandom, which wine 8 has.
/// </summary>
internal static class Wine
{
    private const string WineCommand = "/usr/lib/wine/wine64";

    private const string ProcessPrngSource = """
        #include <windows.h>
        #include <bcrypt.h>

        __declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
        {
            return BCryptGenRandom(NULL, data, (ULONG)len, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
        }
        """;

    private static readonly object PrefixLock = new();

    /// <summary>Runs <paramref name="executable"/> in the wine prefix <paramref name="prefix"/>, set up on first use.</summary>
    public static CommandResult Run(string prefix, TestProject project, string executable)
    {
        var environment = new Dictionary<string, string?> { ["WINEPREFIX"] = prefix, ["WINEDEBUG"] = "-all" };
        lock (PrefixLock)
        {
            var system32 = Path.Combine(prefix, "drive_c", "windows", "system32");
            if (!File.Exists(Path.Combine(system32, "bcryptprimitives.dll")))
            {
                Command.Run(WineCommand, ["cmd", "/c", "exit"], project.Directory, environment, TimeSpan.FromMinutes(3)).ShouldSucceed();
                var source = Path.Combine(prefix, "bcryptprimitives.c");
                File.WriteAllText(source, ProcessPrngSource);
                Command.Run("x86_64-w64-mingw32-gcc", ["-shared", "-O2", "-o", Path.Combine(system32, "bcryptprimitives.dll"), source, "-lbcrypt"],
                    project.Directory).ShouldSucceed();
            }
        }
        return Command.Run(WineCommand, [executable], project.Directory, environment, TimeSpan.FromMinutes(3));
    }
}
