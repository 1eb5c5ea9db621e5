using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// The shape of eng/azure-pipelines and eng/github-actions, without running anything: they parse, the examples
/// expand against the templates, every task and action is a known one at the documented version with its inputs
/// right, and the caches are keyed the way docs/azure-devops.md says.
/// </summary>
public sealed class PipelineFileTests
{
    private static readonly string Eng = Path.Combine(RepositoryRootAttribute.Value, "eng");

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(Eng, "azure-pipelines"), "*.yml")
            .Concat(Directory.GetFiles(Path.Combine(Eng, "github-actions"), "*.yml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Eng, f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryPipelineFileIsOneYamlMapping(string file) =>
        Assert.NotEmpty(YamlDocument.Load(Path.Combine(Eng, file)));

    [Fact]
    public void AzureExampleExpandsAndUsesOnlyKnownTasksWithTheirInputs()
    {
        var pipeline = AzureTemplate.Expand(Path.Combine(Eng, "azure-pipelines", "example.yml"), new Dictionary<string, object?>());
        var steps = Descendants(pipeline).Where(m => m.Has("task") || m.Has("script")).ToList();

        var tasks = steps.Where(s => s.Has("task")).ToList();
        Assert.All(tasks, t => AzureTaskCatalogue.CheckInputs(t.Text("task")!, t.Map("inputs") ?? []));
        Assert.Equal(AzureTaskCatalogue.Names.Order(StringComparer.Ordinal), tasks.Select(t => t.Text("task")!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(steps.Where(s => s.Has("script")), s => Assert.True(s.Has("displayName") && s.Has("workingDirectory"), s.Text("script")));
        // Both stages' jobs came from the templates: build and test on two OSes, publish three slices, merge.
        Assert.Contains(steps, s => (s.Text("script") ?? "").StartsWith("dotnet test", StringComparison.Ordinal));
        Assert.Contains(steps, s => (s.Text("script") ?? "").Contains("-t:GoMergeChecksums", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureCachesAreKeyedOnOsAndGoVersionAndTheModuleCacheOnGoModAndGoSum()
    {
        var steps = AzureTemplate.Expand(Path.Combine(Eng, "azure-pipelines", "go-sdk-steps.yml"), new Dictionary<string, object?>
        {
            ["project"] = "hello.goproj",
            ["goVersion"] = "1.22.12",
        }).List("steps").Cast<YamlMap>();

        var keys = steps.Where(s => s.Text("task") == "Cache@2").ToDictionary(s => s.Text("displayName")!, s => s.Map("inputs")!.Text("key")!);

        Assert.Equal("go-sdk-toolchains | \"$(Agent.OS)\" | \"$(Agent.OSArchitecture)\" | \"1.22.12\"", keys["Cache Go toolchains"]);
        Assert.Equal("go-modules | \"$(Agent.OS)\" | **/go.mod,**/go.sum", keys["Cache Go modules"]);
        Assert.StartsWith("go-build | \"$(Agent.OS)\" | \"$(Agent.OSArchitecture)\" | \"1.22.12\" |", keys["Cache Go builds"]);
    }

    [Fact]
    public void GitHubActionsUseKnownActionsAndTheExampleGivesEachItsRequiredInputs()
    {
        var actions = Directory.GetDirectories(Path.Combine(Eng, "github-actions"))
            .ToDictionary(d => "./eng/github-actions/" + Path.GetFileName(d), d => YamlDocument.Load(Path.Combine(d, "action.yml")));
        foreach (var action in actions.Values)
        {
            Assert.All(action.Map("runs")!.List("steps").Cast<YamlMap>().Where(s => s.Has("uses")), s => Assert.Contains(s.Text("uses")!, GitHubRunner.Actions));
            Assert.All(action.Map("runs")!.List("steps").Cast<YamlMap>().Where(s => s.Has("run")), s => Assert.Equal("bash", s.Text("shell")));
        }

        var workflow = YamlDocument.Load(Path.Combine(Eng, "github-actions", "example-workflow.yml"));
        var uses = Descendants(workflow).Where(m => m.Has("uses")).ToList();
        Assert.Equal(["./eng/github-actions/go-sdk", "./eng/github-actions/go-sdk-merge"], uses.Select(u => u.Text("uses")!).Where(u => u.StartsWith("./", StringComparison.Ordinal)).Distinct().Order());
        foreach (var step in uses.Where(u => u.Text("uses")!.StartsWith("./", StringComparison.Ordinal)))
        {
            var inputs = actions[step.Text("uses")!].Map("inputs")!;
            var with = step.Map("with") ?? [];
            Assert.All(with, w => Assert.True(inputs.Has(w.Key), $"{step.Text("uses")} has no input '{w.Key}'."));
            Assert.All(inputs.Where(i => ((YamlMap)i.Value!).Text("required") == "true"), i => Assert.True(with.Has(i.Key), $"{step.Text("uses")} needs '{i.Key}'."));
        }
        Assert.All(uses.Select(u => u.Text("uses")!).Where(u => !u.StartsWith("./", StringComparison.Ordinal)), u => Assert.Contains(u, GitHubRunner.Actions));
    }

    [Fact]
    public void GitHubCachesAreKeyedOnOsAndGoVersionAndTheModuleCacheOnGoModAndGoSum()
    {
        var keys = YamlDocument.Load(Path.Combine(Eng, "github-actions", "go-sdk", "action.yml")).Map("runs")!.List("steps").Cast<YamlMap>()
            .Where(s => s.Text("uses") == "actions/cache@v4")
            .ToDictionary(s => s.Text("name")!, s => s.Map("with")!.Text("key")!);

        Assert.Equal("go-sdk-toolchains-${{ runner.os }}-${{ runner.arch }}-${{ inputs.go-version }}", keys["Cache Go toolchains"]);
        Assert.Equal("go-modules-${{ runner.os }}-${{ hashFiles('**/go.mod', '**/go.sum') }}", keys["Cache Go modules"]);
        Assert.StartsWith("go-build-${{ runner.os }}-${{ runner.arch }}-${{ inputs.go-version }}-", keys["Cache Go builds"]);
    }

    private static IEnumerable<YamlMap> Descendants(object? value) => value switch
    {
        YamlMap map => new[] { map }.Concat(map.SelectMany(p => Descendants(p.Value))),
        List<object?> list => list.SelectMany(Descendants),
        _ => [],
    };
}
