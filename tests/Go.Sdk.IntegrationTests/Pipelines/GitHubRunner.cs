using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// One GitHub Actions job on an emulated Linux runner, running Go.Sdk's composite actions: every <c>run:</c> step
/// for real with bash (as <c>shell: bash</c> does on every runner), <c>${{ }}</c> expressions evaluated for the
/// contexts the actions use, <c>$GITHUB_ENV</c> carried to later steps, and the artifact and cache actions done with
/// files. An expression, context or action it does not know fails the test.
/// </summary>
public sealed partial class GitHubRunner
{
    private static readonly string[] KnownActions =
        ["actions/checkout@v4", "actions/setup-dotnet@v4", "actions/cache@v4", "actions/upload-artifact@v4", "actions/download-artifact@v4"];

    private readonly GoSdkFixture _fixture;
    private readonly PipelineArtifacts _artifacts;
    private readonly string _root;
    private readonly Dictionary<string, string> _env = new();

    public GitHubRunner(GoSdkFixture fixture, PipelineArtifacts artifacts, string root, string checkout)
    {
        _fixture = fixture;
        _artifacts = artifacts;
        _root = root;
        PipelineArtifacts.Copy(checkout, Workspace);
        Directory.CreateDirectory(Temp);
    }

    public string Workspace => Path.Combine(_root, "work");

    public string Temp => Path.Combine(_root, "_temp");

    public List<(string Name, CommandResult Result)> Scripts { get; } = [];

    public List<(string Key, string Path)> Caches { get; } = [];

    /// <summary>What earlier steps added to $GITHUB_ENV, as later steps see it.</summary>
    public IReadOnlyDictionary<string, string?> Environment => _env.ToDictionary(p => p.Key, p => (string?)p.Value);

    public static IReadOnlyList<string> Actions => KnownActions;

    /// <summary>Runs a composite action (the folder holding action.yml) with the given inputs.</summary>
    public void RunAction(string actionFolder, IReadOnlyDictionary<string, string> with)
    {
        var action = YamlDocument.Load(Path.Combine(actionFolder, "action.yml"));
        var declared = action.Map("inputs")!;
        var unknown = with.Keys.Where(k => !declared.Has(k)).ToList();
        Assert.True(unknown.Count == 0, $"{actionFolder} has no inputs {string.Join(", ", unknown)}.");
        var inputs = new Dictionary<string, string>();
        foreach (var (name, spec) in declared)
        {
            var definition = Assert.IsType<YamlMap>(spec);
            Assert.True(with.ContainsKey(name) || definition.Has("default") || definition.Text("required") != "true", $"Required input '{name}' was not given.");
            inputs[name] = with.TryGetValue(name, out var value) ? value : definition.Text("default") ?? "";
        }
        Assert.Equal("composite", action.Map("runs")!.Text("using"));
        foreach (var step in action.Map("runs")!.List("steps").Cast<YamlMap>())
        {
            if (step.Text("if") is { } condition && !IsTrue(condition, inputs))
            {
                continue;
            }
            if (step.Text("run") is { } script)
            {
                RunScript(step, script, inputs);
            }
            else
            {
                RunAction(Assert.IsType<string>(step.Text("uses")), step.Map("with") ?? [], inputs);
            }
        }
    }

    private void RunScript(YamlMap step, string script, IReadOnlyDictionary<string, string> inputs)
    {
        Assert.Equal("bash", step.Text("shell"));
        var githubEnv = Path.Combine(Temp, $"github-env-{Scripts.Count}");
        File.WriteAllText(githubEnv, "");
        var environment = _fixture.BaseEnvironment();
        foreach (var (name, value) in _env)
        {
            environment[name] = value;
        }
        foreach (var (name, value) in step.Map("env") ?? [])
        {
            environment[name] = Evaluate(Assert.IsType<string>(value), inputs);
        }
        environment["RUNNER_TEMP"] = Temp;
        environment["GITHUB_WORKSPACE"] = Workspace;
        environment["GITHUB_ENV"] = githubEnv;
        var workingDirectory = Path.GetFullPath(Path.Combine(Workspace, Evaluate(step.Text("working-directory") ?? ".", inputs)));
        var result = Command.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", Evaluate(script, inputs)], workingDirectory, environment, TimeSpan.FromMinutes(10));
        Scripts.Add((step.Text("name") ?? script, result));
        result.ShouldSucceed();
        foreach (var line in File.ReadAllLines(githubEnv).Where(l => l.Length > 0))
        {
            var separator = line.IndexOf('=');
            _env[line[..separator]] = line[(separator + 1)..];
        }
    }

    private void RunAction(string uses, YamlMap with, IReadOnlyDictionary<string, string> inputs)
    {
        Assert.Contains(uses, KnownActions);
        string Input(string name) => Evaluate(Assert.IsType<string>(with[name]), inputs);
        string PathInput(string name) => Path.GetFullPath(Path.Combine(Workspace, Input(name)));
        switch (uses)
        {
            case "actions/setup-dotnet@v4":
                // The runner already has the SDK; what matters is that the input names a real global.json.
                if (with.Has("global-json-file"))
                {
                    Assert.True(File.Exists(PathInput("global-json-file")), $"{Input("global-json-file")} does not exist.");
                }
                break;
            case "actions/cache@v4":
                // Keys hash files and commits on GitHub's side: only their shape is checked (PipelineFileTests).
                Caches.Add((Assert.IsType<string>(with["key"]), PathInput("path")));
                break;
            case "actions/upload-artifact@v4":
                var folder = PathInput("path");
                if (Directory.Exists(folder) || with.Text("if-no-files-found") != "ignore")
                {
                    _artifacts.Upload(Input("name"), folder);
                }
                break;
            case "actions/download-artifact@v4":
                Assert.NotEmpty(_artifacts.Download(Input("pattern"), PathInput("path")));
                break;
        }
    }

    /// <summary>Replaces every <c>${{ expression }}</c> in <paramref name="text"/>.</summary>
    private string Evaluate(string text, IReadOnlyDictionary<string, string> inputs) =>
        ExpressionPattern().Replace(text, m => Value(m.Groups[1].Value, inputs));

    /// <summary>Conditions as the actions write them: <c>a == 'x'</c>, <c>a != ''</c>, <c>always()</c>, joined by <c>&amp;&amp;</c>.</summary>
    private bool IsTrue(string condition, IReadOnlyDictionary<string, string> inputs) =>
        condition.Split("&&").Select(term => term.Trim()).All(term =>
            term == "always()"
            || (ComparisonPattern().Match(term) is { Success: true } m
                && (Value(m.Groups[1].Value, inputs) == Value(m.Groups[3].Value, inputs)) == (m.Groups[2].Value == "==")));

    private string Value(string operand, IReadOnlyDictionary<string, string> inputs)
    {
        operand = operand.Trim();
        if (operand.StartsWith('\'') && operand.EndsWith('\''))
        {
            return operand[1..^1];
        }
        var dot = operand.IndexOf('.');
        Assert.True(dot > 0, $"Unsupported expression '{operand}'.");
        var (context, name) = (operand[..dot], operand[(dot + 1)..]);
        return context switch
        {
            "inputs" => inputs.TryGetValue(name, out var value) ? value : throw new Xunit.Sdk.XunitException($"No input '{name}'."),
            "env" => _env.TryGetValue(name, out var value) ? value : throw new Xunit.Sdk.XunitException($"env.{name} is not set."),
            "runner" when name == "temp" => Temp,
            "runner" when name == "os" => "Linux",
            "runner" when name == "arch" => "X64",
            "github" when name == "job" => "emulated",
            _ => throw new Xunit.Sdk.XunitException($"Unsupported expression '{operand}'."),
        };
    }

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^(\S+)\s*(==|!=)\s*(\S+)$")]
    private static partial Regex ComparisonPattern();
}
