using System.Collections;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Tests;

/// <summary>
/// The least of MSBuild a task needs to run in-process: it records what the task logs, with each message's
/// importance. Thread-safe, since tasks that run processes log from their output threads. Registered task
/// objects live in a dictionary, as in one MSBuild node; <see cref="Yields"/> counts Yield/Reacquire pairs.
/// </summary>
public sealed class RecordingBuildEngine : IBuildEngine4
{
    private readonly Dictionary<object, object> _taskObjects = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();
    public List<BuildWarningEventArgs> Warnings { get; } = new();
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "test.goproj";

    /// <summary>Everything logged, one line each, for failure output and "never logged" checks.</summary>
    public string AllText
    {
        get
        {
            lock (Messages) lock (Warnings) lock (Errors)
            {
                return string.Join("\n", Messages.Select(m => m.Message)
                    .Concat(Warnings.Select(w => $"warning {w.Code}: {w.Message}"))
                    .Concat(Errors.Select(e => $"error {e.Code}: {e.Message}")));
            }
        }
    }

    public void LogMessageEvent(BuildMessageEventArgs e) { lock (Messages) Messages.Add(e); }
    public void LogWarningEvent(BuildWarningEventArgs e) { lock (Warnings) Warnings.Add(e); }
    public void LogErrorEvent(BuildErrorEventArgs e) { lock (Errors) Errors.Add(e); }
    public void LogCustomEvent(CustomBuildEventArgs e) { }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new InvalidOperationException("The tasks under test build no projects.");

    public int Yields { get; private set; }
    private bool _yielded;

    public void Yield()
    {
        Assert.False(_yielded, "Yield called twice without Reacquire");
        _yielded = true;
    }

    public void Reacquire()
    {
        Assert.True(_yielded, "Reacquire called without Yield");
        _yielded = false;
        Yields++;
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
    {
        lock (_taskObjects) _taskObjects[key] = obj;
    }

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
    {
        lock (_taskObjects) return _taskObjects.TryGetValue(key, out var obj) ? obj : null;
    }

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime)
    {
        lock (_taskObjects) return _taskObjects.Remove(key, out var obj) ? obj : null;
    }

    /// <summary>What MSBuild does at the end of a build: disposes every registered object still there.</summary>
    public void EndBuild()
    {
        lock (_taskObjects)
        {
            foreach (var obj in _taskObjects.Values.OfType<IDisposable>())
            {
                obj.Dispose();
            }
            _taskObjects.Clear();
        }
    }

    public bool IsRunningMultipleNodes => false;

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) =>
        throw new InvalidOperationException("The tasks under test build no projects.");

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) =>
        throw new InvalidOperationException("The tasks under test build no projects.");

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) =>
        throw new InvalidOperationException("The tasks under test build no projects.");
}
