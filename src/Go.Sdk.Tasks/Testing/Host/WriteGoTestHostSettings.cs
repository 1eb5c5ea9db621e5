using System;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Testing.Host;

/// <summary>
/// Writes the <see cref="TestHostSettings"/> file the MTP test host reads: everything the VSTest target would pass to
/// <see cref="RunGoTests"/>, except what <c>dotnet test</c> gives the host on its command line (filter, results folder,
/// reports, coverage switch, timeout).
/// </summary>
public sealed class WriteGoTestHostSettings : GoSdkTask
{
    [Required] public string SettingsFile { get; set; } = "";
    [Required] public string ProjectFile { get; set; } = "";
    [Required] public string ModuleDirectory { get; set; } = "";
    [Required] public string GoExecutable { get; set; } = "";
    [Required] public string GoRoot { get; set; } = "";
    public string[] EnvironmentVariables { get; set; } = Array.Empty<string>();
    public string[] Packages { get; set; } = Array.Empty<string>();
    public string? Flags { get; set; }
    public string? Timeout { get; set; }
    public bool Race { get; set; }
    public string[] Tags { get; set; } = Array.Empty<string>();
    public string? ModMode { get; set; }
    public bool Coverage { get; set; }
    public string? CoverMode { get; set; }
    public string[] CoverPackages { get; set; } = Array.Empty<string>();
    [Required] public string CoverProfile { get; set; } = "";
    [Required] public string DefaultResultsDirectory { get; set; } = "";

    /// <summary>The module path from go.mod (empty without one): how `dotnet test` names the test module.</summary>
    [Output] public string ModulePath { get; private set; } = "";

    protected override void ExecuteCore()
    {
        string goMod = System.IO.Path.Combine(ModuleDirectory, "go.mod");
        ModulePath = System.IO.File.Exists(goMod) ? Toolchain.GoModFile.Read(goMod).ModulePath ?? "" : "";
        new TestHostSettings
        {
            ProjectFile = ProjectFile,
            ModuleDirectory = ModuleDirectory,
            GoExecutable = GoExecutable,
            GoRoot = GoRoot,
            Environment = new(EnvironmentVariables),
            Packages = new(Packages),
            Flags = Flags,
            Timeout = Timeout,
            Race = Race,
            Tags = new(Tags),
            ModMode = ModMode,
            Coverage = Coverage,
            CoverMode = string.IsNullOrEmpty(CoverMode) ? "atomic" : CoverMode!,
            CoverPackages = new(CoverPackages),
            CoverProfile = CoverProfile,
            DefaultResultsDirectory = DefaultResultsDirectory,
        }.Write(SettingsFile);
    }
}
