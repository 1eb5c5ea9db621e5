using System.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Platforms;

/// <summary>Runs a command-line tool (go, tar, unzip, a built binary) and returns its output; a non-zero exit fails the test with all it printed.</summary>
public static class ToolRun
{
    public static string Run(string tool, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(" ", args)} exited with {process.ExitCode}:\n{stdout}{stderr.Result}");
        }
        return stdout;
    }
}
