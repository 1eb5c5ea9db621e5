using System;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The program <c>dotnet run</c> starts when a project builds several commands or none (a library): the command
/// <see cref="RunCommand"/> names, or the only one; otherwise a coded error that says how to choose.
/// </summary>
public sealed class ResolveGoRunCommand : GoSdkTask
{
    [Required] public string ProjectName { get; set; } = "";
    /// <summary>What the project builds: <c>commands</c> or <c>library</c> (<see cref="ResolveGoPackages.Kind"/>).</summary>
    [Required] public string Kind { get; set; } = "";
    /// <summary>GoPackage as set, for the library error.</summary>
    public string Package { get; set; } = ".";
    /// <summary>The project's command binaries (<see cref="ResolveGoPackages.CommandBinaries"/>).</summary>
    public ITaskItem[] Commands { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>For a library: the main packages the module has below it, to name in the error.</summary>
    public ITaskItem[] ModuleCommands { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>GoRunCommand: a command's name (<c>a</c>) or package (<c>./cmd/a</c>, <c>cmd/a</c>).</summary>
    public string? RunCommand { get; set; }

    /// <summary>The chosen command's binary in bin/.</summary>
    [Output] public string Program { get; set; } = "";

    protected override void ExecuteCore()
    {
        if (Kind == ResolveGoPackages.Library)
        {
            throw new GoSdkException(Messages.LibraryCannotRun(ProjectName, Package, string.Join(", ", ModuleCommands.Select(c => c.GetMetadata("Package")))));
        }
        var names = string.Join(", ", Commands.Select(c => c.GetMetadata("CommandName")));
        ITaskItem? chosen;
        if (string.IsNullOrEmpty(RunCommand))
        {
            chosen = Commands.Length == 1 ? Commands[0] : throw new GoSdkException(Messages.SeveralCommandsToRun(ProjectName, names));
        }
        else
        {
            var wanted = RunCommand!.Replace('\\', '/').TrimEnd('/');
            var asPackage = wanted.StartsWith("./", StringComparison.Ordinal) ? wanted : "./" + wanted;
            chosen = Commands.FirstOrDefault(c => c.GetMetadata("CommandName") == wanted || c.GetMetadata("Package") == asPackage)
                ?? throw new GoSdkException(Messages.UnknownRunCommand(ProjectName, RunCommand, names));
        }
        Program = chosen.GetMetadata("OutputPath");
    }
}
