using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Go.Sdk.Tasks.Testing.Running;

namespace Go.Sdk.Tasks.Testing.Host;

/// <summary>
/// What the MTP test host (src/Go.Sdk.TestHost) needs to run a project's <c>go test</c> the way the VSTest target runs
/// it: the resolved toolchain, the module folder, the build's environment and the project's test settings. The
/// targets write it into obj/ right before <c>dotnet test</c> starts the host (<see cref="WriteGoTestHostSettings"/>),
/// so it always reflects the project as evaluated for this run; the host reads it back with <see cref="Read"/>.
/// </summary>
public sealed class TestHostSettings
{
    public string ProjectFile { get; set; } = "";
    public string ModuleDirectory { get; set; } = "";
    public string GoExecutable { get; set; } = "";
    public string GoRoot { get; set; } = "";

    /// <summary><c>NAME=value</c> pairs for every <c>go</c> call, as the build passes them.</summary>
    public List<string> Environment { get; set; } = new();

    public List<string> Packages { get; set; } = new();
    public string? Flags { get; set; }
    public string? Timeout { get; set; }
    public bool Race { get; set; }
    public List<string> Tags { get; set; } = new();
    public string? ModMode { get; set; }
    public string CoverMode { get; set; } = "atomic";
    public List<string> CoverPackages { get; set; } = new();

    /// <summary>Coverage is on for every run of this project (GoCoverage=true), not only with <c>--coverage</c>.</summary>
    public bool Coverage { get; set; }

    /// <summary>Where go test's raw cover profile goes (in obj/), before it is converted into the results folder.</summary>
    public string CoverProfile { get; set; } = "";

    /// <summary>The results folder when <c>--results-directory</c> is not given: the project's <c>TestResults</c>.</summary>
    public string DefaultResultsDirectory { get; set; } = "";

    public string ProjectName => Path.GetFileNameWithoutExtension(ProjectFile);

    /// <summary>The <see cref="GoTestSettings"/> of one run; <paramref name="coverProfile"/> null turns coverage off.</summary>
    public GoTestSettings ToGoTestSettings(string? coverProfile) => new()
    {
        Packages = Packages,
        Flags = Flags,
        Timeout = Timeout,
        Race = Race,
        Tags = Tags,
        ModMode = ModMode,
        CoverProfile = coverProfile,
        CoverMode = string.IsNullOrEmpty(CoverMode) ? "atomic" : CoverMode,
        CoverPackages = CoverPackages,
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string text = JsonSerializer.Serialize(this, Json);
        // Unchanged settings leave the file (and its time stamp) alone.
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }

    public static TestHostSettings Read(string path) =>
        JsonSerializer.Deserialize<TestHostSettings>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no settings.");
}
