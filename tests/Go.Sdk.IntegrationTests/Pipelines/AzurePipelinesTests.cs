using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// eng/azure-pipelines run on emulated agents: go-sdk-steps.yml builds and tests a project, go-sdk-matrix.yml fans a
/// release out over two jobs and merges it — every script for real, every task's files where the task looks.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class AzurePipelinesTests(GoSdkFixture fixture)
{
    private static readonly string Templates = Path.Combine(RepositoryRootAttribute.Value, "eng", "azure-pipelines");

    private Dictionary<string, object?> ProjectParameters() => new()
    {
        ["projectDirectory"] = PipelineProject.Directory,
        ["project"] = PipelineProject.ProjectFile,
        ["goVersion"] = PipelineProject.GoVersion,
        ["cacheDirectory"] = PipelineProject.CacheDirectory(fixture),
    };

    [Fact]
    public void StepsTemplateRestoresBuildsAndTestsWithBinlogsTrxAndCoverageWhereItsTasksLook()
    {
        var project = fixture.CreateProject("azure-steps");
        var repository = PipelineProject.Write(project);
        var artifacts = new PipelineArtifacts(project.PathOf("artifacts"));
        var agent = new AzureAgent(fixture, artifacts, project.PathOf("agent"), repository, "Test");

        // A job checks out its repository before the template's steps, as Azure DevOps does by default.
        agent.Run([new YamlMap { new("checkout", "self") }, .. AzureTemplate.Expand(Path.Combine(Templates, "go-sdk-steps.yml"), ProjectParameters()).List("steps")]);

        Assert.Equal(["dotnet restore (downloads and verifies the Go toolchain)", "dotnet build", "dotnet test"], agent.Scripts.Select(s => s.DisplayName));
        PipelineOutputs.AssertOnePassedTest(Assert.Single(agent.TestResultFiles));
        PipelineOutputs.AssertCoverageWithSources(Assert.Single(agent.CoverageFiles));
        PipelineOutputs.AssertBinlogs(artifacts.PathOf("binlogs-Test-__default-1"), "restore", "build", "test");
        PipelineOutputs.AssertCachesAreTheFoldersGoUses(agent.Caches, agent.Scripts[0].Environment);
        Assert.Contains(agent.Caches, c => c.Key == $"go-sdk-toolchains | \"Linux\" | \"X64\" | \"{PipelineProject.GoVersion}\"");
        Assert.True(File.Exists(Path.Combine(agent.SourcesDirectory, "hello", "bin", "Release", "hello")));
    }

    [Fact]
    public void MatrixTemplatePublishesOneSlicePerJobAndMergesThemIntoOneVerifiedRelease()
    {
        var project = fixture.CreateProject("azure-matrix");
        var repository = PipelineProject.Write(project);
        var artifacts = new PipelineArtifacts(project.PathOf("artifacts"));
        var parameters = ProjectParameters();
        parameters["slices"] = PipelineProject.Slices.Select(s => (object?)new YamlMap { new("name", s.Name), new("platforms", s.Platforms) }).ToList();
        var jobs = AzureTemplate.Expand(Path.Combine(Templates, "go-sdk-matrix.yml"), parameters).List("jobs").Cast<YamlMap>().ToList();
        Assert.Equal(["GoSdkPublish", "GoSdkRelease"], jobs.Select(j => j.Text("job")));

        // Fan-out: one agent per matrix leg, each with its own checkout, sharing only the restored caches.
        var publish = jobs[0];
        foreach (var (leg, variables) in publish.Map("strategy")!.Map("matrix")!)
        {
            var agent = new AzureAgent(fixture, artifacts, project.PathOf("agent-" + leg), repository, "GoSdkPublish", leg,
                Assert.IsType<YamlMap>(variables).ToDictionary(v => v.Key, v => (string)v.Value!));
            agent.Run(publish.List("steps"));
            Assert.Equal(["dotnet restore (downloads and verifies the Go toolchain)", "dotnet publish $(GoSdkSlicePlatforms)"], agent.Scripts.Select(s => s.DisplayName));
        }
        Assert.Equal(new[] { "hello-linux-amd64.tar.gz", "hello-linux-arm64.tar.gz", "SHA256SUMS" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(artifacts.PathOf("release-linux")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        PipelineOutputs.AssertBinlogs(artifacts.PathOf("binlogs-publish-windows-1"), "restore", "publish");

        // Fan-in: a fresh agent downloads the parts and merges them.
        var merger = new AzureAgent(fixture, artifacts, project.PathOf("agent-release"), repository, "GoSdkRelease");
        merger.Run(jobs[1].List("steps"));

        var release = artifacts.PathOf("release");
        Assert.Equal(PipelineProject.ReleaseFiles.Select(f => f + ": OK"), PipelineProject.Sha256sumCheck(release));
        Assert.Equal(PipelineProject.ReleaseFiles.Append("SHA256SUMS").Order(StringComparer.Ordinal),
            Directory.GetFiles(release).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        merger.Scripts.Single().Result.ShouldContain("Merged 2 SHA256SUMS (3 files, each verified)");
    }
}
