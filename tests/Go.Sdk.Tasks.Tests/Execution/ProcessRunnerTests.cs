using System.Diagnostics;
using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Tests.Execution;

public class ProcessRunnerTests
{
    [Fact]
    public void ReadsStdoutAndStderrTogetherWithoutDeadlock()
    {
        // 200 KB on each stream: far beyond a pipe buffer, so reading one stream to its end first would hang.
        var spec = new ProcessSpec("/bin/sh", new[] { "-c", "i=0; while [ $i -lt 4000 ]; do echo out-$i-padding-padding-padding-padding; echo err-$i-padding-padding-padding-padding >&2; i=$((i+1)); done; exit 3" }, Path.GetTempPath());
        int stdout = 0, stderr = 0;
        int exit = ProcessRunner.Run(spec, _ => Interlocked.Increment(ref stdout), _ => Interlocked.Increment(ref stderr), CancellationToken.None);
        Assert.Equal((3, 4000, 4000), (exit, stdout, stderr));
    }

    [Fact]
    public void PassesEnvironmentAndArgumentsVerbatim()
    {
        var spec = new ProcessSpec("/bin/sh", new[] { "-c", "printf '%s|%s' \"$GOSDK_TEST\" \"$1\"", "sh", "a b \"c\"" }, Path.GetTempPath());
        spec.Environment["GOSDK_TEST"] = "value with spaces";
        var lines = new List<string>();
        ProcessRunner.Run(spec, lines.Add, lines.Add, CancellationToken.None);
        Assert.Equal("value with spaces|a b \"c\"", Assert.Single(lines));
    }

    [Fact]
    public void CancellationEndsTheWholeProcessTree()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"gosdk-child-{Guid.NewGuid():N}");
        var spec = new ProcessSpec("/bin/sh", new[] { "-c", $"sleep 300 & echo $! > {pidFile}; wait" }, Path.GetTempPath());
        using var cancellation = new CancellationTokenSource();
        var run = System.Threading.Tasks.Task.Run(() => ProcessRunner.Run(spec, _ => { }, _ => { }, cancellation.Token));
        SpinWait.SpinUntil(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0, TimeSpan.FromSeconds(10));
        int child = int.Parse(File.ReadAllText(pidFile).Trim());

        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => run.GetAwaiter().GetResult());
        Assert.True(SpinWait.SpinUntil(() => !IsRunning(child), TimeSpan.FromSeconds(10)), "the grandchild 'sleep' still runs");
        File.Delete(pidFile);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
