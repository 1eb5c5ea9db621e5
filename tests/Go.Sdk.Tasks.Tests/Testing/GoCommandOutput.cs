using System.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>The stdout and stderr lines of one go command, read concurrently (reading one to its end first can deadlock).</summary>
public sealed record GoCommandOutput(IReadOnlyList<string> Stdout, IReadOnlyList<string> Stderr, int ExitCode)
{
    public static async Task<GoCommandOutput> RunAsync(string goRoot, string workingDirectory, string goCache, params string[] arguments)
    {
        ProcessStartInfo start = new(Path.Combine(goRoot, "bin", "go"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GOTOOLCHAIN"] = "local";
        start.Environment["GOFLAGS"] = "-mod=mod";
        start.Environment["GOCACHE"] = goCache;
        start.Environment["HOME"] = Path.GetDirectoryName(goCache)!;
        start.Environment["GOPROXY"] = "off";
        start.Environment.Remove("GOROOT");

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new GoCommandOutput(Split(await stdout), Split(await stderr), process.ExitCode);
    }

    private static string[] Split(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();
}
