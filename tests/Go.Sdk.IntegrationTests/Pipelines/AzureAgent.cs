using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// One Azure DevOps job on an emulated Linux agent: it runs the expanded steps in order — every <c>script:</c> for
/// real, with bash in its working directory and environment, runtime macros (<c>$(Agent.TempDirectory)</c>)
/// replaced — and does what each task does with the files (artifacts are copied, test results and coverage are
/// found with the task's own globs). An unknown macro or task fails the test rather than being skipped.
/// </summary>
public sealed partial class AzureAgent
{
    private readonly GoSdkFixture _fixture;
    private readonly PipelineArtifacts _artifacts;
    private readonly string _checkout;
    private readonly Dictionary<string, string> _variables;

    /// <param name="root">The agent's work folder (Pipeline.Workspace); sources go to its "s" folder.</param>
    /// <param name="checkout">What <c>checkout: self</c> copies.</param>
    /// <param name="phaseName">The job's name in the YAML (System.PhaseName).</param>
    /// <param name="jobName">The matrix leg's name, or __default (System.JobName).</param>
    public AzureAgent(GoSdkFixture fixture, PipelineArtifacts artifacts, string root, string checkout, string phaseName, string jobName = "__default", IReadOnlyDictionary<string, string>? jobVariables = null)
    {
        _fixture = fixture;
        _artifacts = artifacts;
        _checkout = checkout;
        _variables = new Dictionary<string, string>
        {
            ["Pipeline.Workspace"] = root,
            ["Build.SourcesDirectory"] = Path.Combine(root, "s"),
            ["Build.ArtifactStagingDirectory"] = Path.Combine(root, "a"),
            ["Agent.TempDirectory"] = Path.Combine(root, "_temp"),
            ["Agent.OS"] = "Linux",
            ["Agent.OSArchitecture"] = "X64",
            ["Build.SourceVersion"] = "4f6c1d2b9e8a7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
            ["System.PhaseName"] = phaseName,
            ["System.JobName"] = jobName,
            ["System.JobAttempt"] = "1",
        };
        foreach (var (name, value) in jobVariables ?? new Dictionary<string, string>())
        {
            _variables[name] = value;
        }
    }

    public string SourcesDirectory => _variables["Build.SourcesDirectory"];

    public List<(string DisplayName, CommandResult Result, IReadOnlyDictionary<string, string?> Environment)> Scripts { get; } = [];

    public List<(string Key, string Path)> Caches { get; } = [];

    public List<string> TestResultFiles { get; } = [];

    public List<string> CoverageFiles { get; } = [];

    public void Run(IEnumerable<object?> steps)
    {
        foreach (var step in steps.Cast<YamlMap>())
        {
            if (step.Has("checkout"))
            {
                Assert.Equal("self", step.Text("checkout"));
                PipelineArtifacts.Copy(_checkout, SourcesDirectory);
            }
            else if (step.Text("script") is { } script)
            {
                RunScript(step, script);
            }
            else
            {
                RunTask(Assert.IsType<string>(step.Text("task")), step.Map("inputs") ?? []);
            }
        }
    }

    /// <summary>Replaces $(Name) macros; a name the agent does not define fails the test.</summary>
    public string Macro(string text) => MacroPattern().Replace(text, m =>
        _variables.TryGetValue(m.Groups[1].Value, out var value) ? value : throw new Xunit.Sdk.XunitException($"Undefined variable $({m.Groups[1].Value}) in '{text}'."));

    /// <summary>Task paths and working directories are relative to System.DefaultWorkingDirectory, the sources.</summary>
    private string PathInput(string text) => Path.GetFullPath(Path.Combine(SourcesDirectory, Macro(text)));

    private void RunScript(YamlMap step, string script)
    {
        var environment = _fixture.BaseEnvironment();
        foreach (var (name, value) in step.Map("env") ?? [])
        {
            environment[name] = Macro(Assert.IsType<string>(value));
        }
        var workingDirectory = PathInput(step.Text("workingDirectory") ?? "$(Build.SourcesDirectory)");
        var result = Command.Run("bash", ["--noprofile", "--norc", "-c", Macro(script)], workingDirectory, environment, TimeSpan.FromMinutes(10));
        Scripts.Add((step.Text("displayName") ?? script, result, environment));
        result.ShouldSucceed();
    }

    private void RunTask(string task, YamlMap inputs)
    {
        AzureTaskCatalogue.CheckInputs(task, inputs);
        string Input(string name) => Macro(Assert.IsType<string>(inputs[name]));
        switch (task)
        {
            case "UseDotNet@2":
                // The agent already has the SDK; what matters is that the inputs point at a real global.json.
                if (inputs.Text("useGlobalJson") == "true")
                {
                    var folder = PathInput(inputs.Text("workingDirectory") ?? "$(Build.SourcesDirectory)");
                    Assert.True(File.Exists(Path.Combine(folder, "global.json")), $"UseDotNet@2 finds no global.json in {folder}.");
                }
                break;
            case "Cache@2":
                Caches.Add((Input("key"), PathInput(Input("path"))));
                break;
            case "PublishTestResults@2":
                TestResultFiles.AddRange(PipelineArtifacts.Glob(PathInput(Input("searchFolder")), Input("testResultsFiles")));
                break;
            case "PublishCodeCoverageResults@2":
                var summary = Input("summaryFileLocation");
                var fixedPart = summary[..summary.IndexOf('*')];
                CoverageFiles.AddRange(PipelineArtifacts.Glob(PathInput(fixedPart), summary[fixedPart.Length..]));
                break;
            case "PublishPipelineArtifact@1":
                _artifacts.Upload(Input("artifact"), PathInput(Input("targetPath")));
                break;
            case "DownloadPipelineArtifact@2":
                Assert.Equal("current", Input("buildType"));
                var itemPattern = Input("itemPattern");
                Assert.EndsWith("/**", itemPattern);
                Assert.NotEmpty(_artifacts.Download(itemPattern[..^3], PathInput(Input("targetPath"))));
                break;
            default:
                throw new Xunit.Sdk.XunitException($"The agent emulation does not know task {task}.");
        }
    }

    [GeneratedRegex(@"\$\(([A-Za-z0-9_.]+)\)")]
    private static partial Regex MacroPattern();
}
