using System.Globalization;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Publishing;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The verdict of <c>VerifyReproducible</c>: the two builds' output folders must hold the same files with the same
/// bytes. Logs each file's SHA-256 when they do; otherwise one error naming the first differing file and offset.
/// </summary>
public sealed class VerifyReproducibleOutputs : GoSdkTask
{
    [Required] public string FirstDirectory { get; set; } = "";
    [Required] public string SecondDirectory { get; set; } = "";

    protected override void ExecuteCore()
    {
        var difference = OutputComparison.FirstDifference(FirstDirectory, SecondDirectory);
        if (difference is null)
        {
            foreach (var name in OutputComparison.RelativeFiles(FirstDirectory))
            {
                Log.LogMessage(MessageImportance.High, "  reproducible: {0}  {1}", Sha256Sums.Hash(Path.Combine(FirstDirectory, name)), name);
            }
            return;
        }
        if (difference.Offset is { } offset)
        {
            throw new GoSdkException(Messages.NotReproducible(difference.Name, offset.ToString(CultureInfo.InvariantCulture), difference.FirstPath, difference.SecondPath));
        }
        var firstHasIt = File.Exists(difference.FirstPath);
        throw new GoSdkException(Messages.OutputOfOneBuildOnly(
            difference.Name,
            firstHasIt ? difference.FirstPath : difference.SecondPath,
            firstHasIt ? difference.SecondPath : difference.FirstPath));
    }
}
