using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Execution;

/// <summary>
/// Runs a process to completion, handing every line of stdout and stderr to callbacks as it arrives. Both streams
/// are read concurrently (reading one to the end first deadlocks once the other's pipe buffer fills), and a
/// cancelled build ends the whole process tree — <c>go build</c> runs the compiler and linker as children.
/// </summary>
public static class ProcessRunner
{
    public static int Run(ProcessSpec spec, Action<string> onStdout, Action<string> onStderr, CancellationToken cancellation)
    {
        using var process = new Process { StartInfo = CreateStartInfo(spec) };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onStdout(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onStderr(e.Data); };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new GoSdkException(Messages.GoCommandCouldNotStart(spec.FileName, e.Message), e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using (cancellation.Register(() => KillTree(process)))
        {
            process.WaitForExit();
        }
        // The parameterless WaitForExit also waits for the redirected streams to be drained.
        cancellation.ThrowIfCancellationRequested();
        return process.ExitCode;
    }

    private static ProcessStartInfo CreateStartInfo(ProcessSpec spec)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            CreateNoWindow = true,
        };
#if NETFRAMEWORK
        info.Arguments = CommandLine.Join(spec.Arguments);
#else
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
#endif
        foreach (var variable in spec.Environment)
        {
            if (variable.Value is null)
            {
                info.EnvironmentVariables.Remove(variable.Key);
            }
            else
            {
                info.EnvironmentVariables[variable.Key] = variable.Value;
            }
        }
        return info;
    }

    private static void KillTree(Process process)
    {
        try
        {
#if NETFRAMEWORK
            // .NET Framework can only kill one process; taskkill /T takes its children too.
            using var taskkill = Process.Start(new ProcessStartInfo("taskkill", $"/T /F /PID {process.Id}")
            {
                UseShellExecute = false,
                CreateNoWindow = true,
            });
            taskkill?.WaitForExit(10_000);
#else
            process.Kill(entireProcessTree: true);
#endif
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }
}
