using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// eng/github-actions run on emulated runners: go-sdk builds and tests a project, publishes two slices in two jobs,
/// and go-sdk-merge turns their parts into one verified release.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class GitHubActionsTests(GoSdkFixture fixture)
{
    private static readonly string Actions = Path.Combine(RepositoryRootAttribute.Value, "eng", "github-actions");

    private Dictionary<string, string> ProjectInputs(params (string Name, string Value)[] more)
    {
        var inputs = new Dictionary<string, string>
        {
            ["working-directory"] = PipelineProject.Directory,
            ["project"] = PipelineProject.ProjectFile,
            ["go-version"] = PipelineProject.GoVersion,
            ["cache-directory"] = PipelineProject.CacheDirectory(fixture),
        };
        foreach (var (name, value) in more)
        {
            inputs[name] = value;
        }
        return inputs;
    }

    [Fact]
    public void ActionBuildsTestsAndPublishesSlicesThatTheMergeActionTurnsIntoOneVerifiedRelease()
    {
        var project = fixture.CreateProject("github-actions");
        var repository = PipelineProject.Write(project);
        var artifacts = new PipelineArtifacts(project.PathOf("artifacts"));

        var test = new GitHubRunner(fixture, artifacts, project.PathOf("runner-test"), repository);
        test.RunAction(Path.Combine(Actions, "go-sdk"), ProjectInputs(("binlog-artifact", "binlogs-test")));
        Assert.Equal(["Go.Sdk folders", "dotnet restore (downloads and verifies the Go toolchain)", "dotnet build", "dotnet test"], test.Scripts.Select(s => s.Name));
        var results = artifacts.PathOf("test-results-Linux-emulated");
        PipelineOutputs.AssertOnePassedTest(Assert.Single(Directory.GetFiles(results, "*.trx")));
        PipelineOutputs.AssertCoverageWithSources(Assert.Single(Directory.GetFiles(results, "coverage.cobertura.xml", SearchOption.AllDirectories)));
        PipelineOutputs.AssertBinlogs(artifacts.PathOf("binlogs-test"), "restore", "build", "test");
        PipelineOutputs.AssertCachesAreTheFoldersGoUses(test.Caches, test.Environment);

        foreach (var (slice, platforms) in PipelineProject.Slices)
        {
            var runner = new GitHubRunner(fixture, artifacts, project.PathOf("runner-" + slice), repository);
            runner.RunAction(Path.Combine(Actions, "go-sdk"), ProjectInputs(("build", "false"), ("test", "false"),
                ("publish-platforms", platforms), ("release-artifact", "release-" + slice), ("binlog-artifact", "binlogs-" + slice)));
            Assert.Equal(["Go.Sdk folders", "dotnet restore (downloads and verifies the Go toolchain)", "dotnet publish"], runner.Scripts.Select(s => s.Name));
        }

        var merger = new GitHubRunner(fixture, artifacts, project.PathOf("runner-release"), repository);
        merger.RunAction(Path.Combine(Actions, "go-sdk-merge"), new Dictionary<string, string>
        {
            ["working-directory"] = PipelineProject.Directory,
            ["project"] = PipelineProject.ProjectFile,
        });

        var release = artifacts.PathOf("release");
        Assert.Equal(PipelineProject.ReleaseFiles.Select(f => f + ": OK"), PipelineProject.Sha256sumCheck(release));
        merger.Scripts.Single().Result.ShouldContain("Merged 2 SHA256SUMS (3 files, each verified)");
    }
}
