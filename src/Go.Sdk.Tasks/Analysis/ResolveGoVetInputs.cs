using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Build;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// The packages <c>go vet</c> checks and the files that decide whether it must run again: by default from the
/// build's inputs (<see cref="VetScope"/>); with <see cref="VetPackages"/>, those patterns, and every Go file of
/// the project may matter. Reads folder listings and the files vet reads beyond the build's, never starts <c>go</c>.
/// </summary>
public sealed class ResolveGoVetInputs : GoSdkTask
{
    [Required] public string ModuleDirectory { get; set; } = "";
    public ITaskItem[] BuildInputs { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>GoVetPackages: patterns to vet instead of the module's packages the build compiles.</summary>
    public string[] VetPackages { get; set; } = Array.Empty<string>();
    /// <summary>The project's Go files, which vet may read when <see cref="VetPackages"/> is set.</summary>
    public ITaskItem[] ProjectFiles { get; set; } = Array.Empty<ITaskItem>();

    [Output] public string[] Packages { get; set; } = Array.Empty<string>();
    [Output] public ITaskItem[] InputFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The hash of the path and contents of each input that is not a build input (the test files), taken like the
    /// build's inputs hash: with it, vet runs again when such a file changes whatever its write time, or is deleted.
    /// </summary>
    [Output] public string VetOnlyInputsHash { get; set; } = "";

    protected override void ExecuteCore()
    {
        var buildInputs = BuildInputs.Select(i => i.GetMetadata("FullPath")).ToList();
        IReadOnlyList<string> inputs;
        if (VetPackages.Length > 0)
        {
            Packages = VetPackages;
            inputs = buildInputs.Concat(ProjectFiles.Select(i => i.GetMetadata("FullPath"))).Distinct(StringComparer.Ordinal).ToList();
        }
        else
        {
            var scope = VetScope.FromBuildInputs(
                buildInputs,
                ModuleDirectory,
                folder => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*_test.go") : Enumerable.Empty<string>());
            Packages = scope.Packages.ToArray();
            inputs = scope.InputFiles;
        }
        InputFiles = ResolveGoBuildInputs.ToItems(inputs);

        var built = new HashSet<string>(buildInputs, StringComparer.Ordinal);
        VetOnlyInputsHash = ResolveGoBuildInputs.HashOf("vet-only inputs", BuildInputCache.Read(inputs.Where(f => !built.Contains(f)).ToList()));
    }
}
