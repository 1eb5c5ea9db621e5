using Microsoft.Build.Logging.StructuredLogger;
using MSBuildTask = Microsoft.Build.Logging.StructuredLogger.Task;

namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>Questions a test asks of an MSBuild binary log: which targets and tasks ran, and what they said.</summary>
public sealed class Binlog
{
    private readonly Build _build;

    private Binlog(Build build)
    {
        _build = build;
    }

    public static Binlog Read(string path) => new(BinaryLog.ReadBuild(path));

    /// <summary>Targets that actually executed (not skipped for being up to date or for a false condition).</summary>
    public IReadOnlyList<string> ExecutedTargets =>
        _build.FindChildrenRecursive<Target>(t => t.Children.Any(c => c is MSBuildTask)).Select(t => t.Name).ToList();

    public IReadOnlyList<MSBuildTask> Tasks(string name) =>
        _build.FindChildrenRecursive<MSBuildTask>(t => t.Name == name);

    public IReadOnlyList<Error> Errors(string code) =>
        _build.FindChildrenRecursive<Error>(e => e.Code == code);

    public IReadOnlyList<Warning> Warnings(string code) =>
        _build.FindChildrenRecursive<Warning>(w => w.Code == code);

    /// <summary>Every message logged anywhere in the build, for "this text was (not) logged" checks.</summary>
    public IReadOnlyList<string> AllMessages =>
        _build.FindChildrenRecursive<Message>().Select(m => m.Text).ToList();

    public bool WasSkippedAsUpToDate(string target) =>
        AllMessages.Any(m => m.Contains($"Skipping target \"{target}\" because all output files are up-to-date", StringComparison.Ordinal));
}
