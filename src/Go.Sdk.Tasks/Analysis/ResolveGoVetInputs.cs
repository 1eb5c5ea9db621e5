using System;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Build;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// The packages <c>go vet</c> checks by default and the files that decide whether it must run again, from the
/// build's inputs (<see cref="VetScope"/>). Reads only folder listings, never starts <c>go</c>.
/// </summary>
public sealed class ResolveGoVetInputs : GoSdkTask
{
    [Required] public string ModuleDirectory { get; set; } = "";
    public ITaskItem[] BuildInputs { get; set; } = Array.Empty<ITaskItem>();

    [Output] public string[] Packages { get; set; } = Array.Empty<string>();
    [Output] public ITaskItem[] InputFiles { get; set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var scope = VetScope.FromBuildInputs(
            BuildInputs.Select(i => i.GetMetadata("FullPath")),
            ModuleDirectory,
            folder => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*_test.go") : Enumerable.Empty<string>());
        Packages = scope.Packages.ToArray();
        InputFiles = ResolveGoBuildInputs.ToItems(scope.InputFiles);
    }
}
