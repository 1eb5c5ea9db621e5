using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Merges the release parts of a fanned-out publish (<see cref="ReleaseMerge"/>): the <c>SHA256SUMS</c> of every
/// job, each with its files beside it, into <see cref="DestinationDirectory"/> with one <c>SHA256SUMS</c>.
/// </summary>
public sealed class MergeSha256Sums : GoSdkTask
{
    /// <summary>The jobs' SHA256SUMS files.</summary>
    [Required]
    public ITaskItem[] ChecksumFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string DestinationDirectory { get; set; } = "";

    /// <summary>The merged SHA256SUMS.</summary>
    [Output]
    public string OutputFile { get; private set; } = "";

    /// <summary>Every file the merged SHA256SUMS lists, in <see cref="DestinationDirectory"/>.</summary>
    [Output]
    public ITaskItem[] MergedFiles { get; private set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var destination = Path.GetFullPath(DestinationDirectory);
        var merged = ReleaseMerge.Merge(ChecksumFiles.Select(f => f.GetMetadata("FullPath")), destination, CancellationToken);
        OutputFile = Path.Combine(destination, "SHA256SUMS");
        MergedFiles = merged.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        Log.LogMessage(MessageImportance.High,
            $"Merged {ChecksumFiles.Length} SHA256SUMS ({MergedFiles.Length} files, each verified) into {OutputFile}");
    }
}
