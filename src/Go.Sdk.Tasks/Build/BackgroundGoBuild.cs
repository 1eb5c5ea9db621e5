using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// A <c>go build</c> that runs on while MSBuild goes on to other work. A matrix starts every target's build from
/// its inner build, one inner build after the other on one MSBuild node, and then finishes each one: waits for it
/// and reports its output (docs/cross-compiling.md). One node instead of one per core saves a second MSBuild
/// process's start-up and JIT, which on a small machine cost more than the parallel builds gained.
/// <para>
/// At most one build per two processors runs at a time (at least one); the rest wait for a slot. A cold
/// <c>go build</c> already keeps about two processors busy (-p compiles packages side by side): on a 2-core
/// machine two builds side by side took 10–15% more CPU time than one after the other, and no less wall time
/// (docs/benchmarks.md). A build is registered with MSBuild for
/// the build's lifetime, keyed by its output file: MSBuild disposes what is left at the end (a matrix that failed
/// or was cancelled before it waited), which ends the process.
/// </para>
/// </summary>
internal sealed class BackgroundGoBuild : IDisposable
{
    private static readonly SemaphoreSlim RunningBuilds = new(Math.Max(1, Environment.ProcessorCount / 2));

    private readonly CancellationTokenSource _cancellation = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task<int> _exitCode;

    private BackgroundGoBuild(ProcessSpec process, string? stampFile)
    {
        StampFile = stampFile;
        _exitCode = Task.Factory.StartNew(() => Run(process), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The stamp to write once the build succeeded (commands and library builds), or null.</summary>
    public string? StampFile { get; }

    public static void Start(IBuildEngine4 engine, string outputFile, ProcessSpec process, string? stampFile)
    {
        // A build of the same output left from an earlier start (none in a normal matrix) must not run on unseen.
        Take(engine, outputFile)?.Dispose();
        engine.RegisterTaskObject(Key(outputFile), new BackgroundGoBuild(process, stampFile), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
    }

    /// <summary>The build started for <paramref name="outputFile"/> in this MSBuild process, now the caller's to wait for and dispose.</summary>
    public static BackgroundGoBuild? Take(IBuildEngine4 engine, string outputFile) =>
        engine.UnregisterTaskObject(Key(outputFile), RegisteredTaskObjectLifetime.Build) as BackgroundGoBuild;

    /// <summary>Waits for <c>go</c> to exit; returns its exit code and every line it printed, stdout and stderr as they arrived.</summary>
    public (int ExitCode, IReadOnlyCollection<string> Lines) Wait(CancellationToken cancellation)
    {
        using (cancellation.Register(() => _cancellation.Cancel()))
        {
            // GetResult rethrows what Run threw (go could not start, the wait was cancelled) as it is.
            int exitCode = _exitCode.GetAwaiter().GetResult();
            return (exitCode, _lines.ToArray());
        }
    }

    /// <summary>Ends the process tree if it still runs.</summary>
    public void Dispose() => _cancellation.Cancel();

    private int Run(ProcessSpec process)
    {
        RunningBuilds.Wait(_cancellation.Token);
        try
        {
            return ProcessRunner.Run(process, _lines.Enqueue, _lines.Enqueue, _cancellation.Token);
        }
        finally
        {
            RunningBuilds.Release();
        }
    }

    private static string Key(string outputFile) => "Go.Sdk.BackgroundGoBuild:" + outputFile;
}
