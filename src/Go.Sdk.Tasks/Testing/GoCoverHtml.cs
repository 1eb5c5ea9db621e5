using System.Collections.Generic;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Renders a cover profile as Go's own HTML report (<c>go tool cover -html</c>), the annotated-source view Go
/// developers know, beside the Cobertura file of a <c>dotnet test</c> coverage run (GoCoverageHtml=true).
/// </summary>
public sealed class GoCoverHtml : GoCommandTask
{
    [Required] public string ProfileFile { get; set; } = "";
    [Required] public string OutputFile { get; set; } = "";

    protected override void ExecuteCore()
    {
        string output = Path.GetFullPath(OutputFile);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        List<string> lines = new();
        object gate = new();
        void Keep(string line)
        {
            lock (gate)
            {
                lines.Add(line);
            }
        }
        int exitCode = RunGo(new[] { "tool", "cover", "-html=" + Path.GetFullPath(ProfileFile), "-o", output }, Keep, Keep);
        if (exitCode != 0)
        {
            GoSdkDiagnostic failed = Messages.GoCommandFailed("go tool cover -html", exitCode);
            LogError(failed with { Message = failed.Message + System.Environment.NewLine + string.Join(System.Environment.NewLine, lines) });
            return;
        }
        Log.LogMessage(MessageImportance.High, "Coverage HTML: {0}", output);
    }
}
