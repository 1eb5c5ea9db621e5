using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Writes the <c>SHA256SUMS</c> of a release (see <see cref="Sha256Sums"/>). Each file is listed by its
/// <c>ChecksumName</c> metadata, or by its file name, which is how it sits beside SHA256SUMS when downloaded.
/// </summary>
public sealed class WriteSha256Sums : GoSdkTask
{
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    [Output]
    public string OutputFile { get; set; } = "";

    protected override void ExecuteCore()
    {
        var files = Files.Select(item =>
        {
            var path = item.GetMetadata("FullPath");
            var name = item.GetMetadata("ChecksumName") is { Length: > 0 } given ? given : Path.GetFileName(path);
            return (name, path);
        });
        Sha256Sums.Write(OutputFile, files);
        Log.LogMessage(MessageImportance.Normal, $"Wrote {OutputFile} ({Files.Length} files).");
    }
}
