using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Modules;

/// <summary>
/// Writes the go.work of a project that references other Go projects (<see cref="GoWorkspace"/>) into obj/, only
/// when its text changes, so its time stamp marks the last change of the workspace for the up-to-date checks.
/// The repository's go.work.sum, when there is one, is copied beside it, where Go looks for it.
/// </summary>
public sealed class WriteGoWorkspace : GoSdkTask
{
    [Required] public string WorkFile { get; set; } = "";
    [Required] public string ModuleDirectory { get; set; } = "";
    /// <summary>The module folders of the referenced projects.</summary>
    public string[] ReferencedModules { get; set; } = Array.Empty<string>();
    /// <summary>The go.work Go would use without Go.Sdk's, or empty.</summary>
    public string? RepositoryWorkFile { get; set; }

    /// <summary>The go.mod and go.sum files of the referenced modules: they decide what a restore downloads.</summary>
    [Output] public ITaskItem[] ModuleFiles { get; set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var repositoryWork = string.IsNullOrEmpty(RepositoryWorkFile) ? null : RepositoryWorkFile;
        var text = GoWorkspace.Generate(new[] { ModuleDirectory }.Concat(ReferencedModules), repositoryWork);
        TextFiles.WriteWhenDifferent(WorkFile, text);
        if (repositoryWork is not null && File.Exists(repositoryWork + ".sum"))
        {
            TextFiles.WriteWhenDifferent(WorkFile + ".sum", File.ReadAllText(repositoryWork + ".sum"));
        }
        ModuleFiles = ReferencedModules
            .SelectMany(m => new[] { Path.Combine(m, "go.mod"), Path.Combine(m, "go.sum") })
            .Where(File.Exists)
            .Select(f => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(Path.GetFullPath(f)))
            .ToArray();
    }
}
