namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// The Azure Pipelines tasks the templates may use, at the versions Go.Sdk's docs name, with their inputs as the
/// task reference documents them (learn.microsoft.com, azure/devops/pipelines/tasks/reference): required ones and
/// every one accepted, so a misspelt or missing input fails here rather than on a customer's agent.
/// </summary>
public static class AzureTaskCatalogue
{
    private static readonly Dictionary<string, (string[] Required, string[] Accepted)> Tasks = new()
    {
        ["UseDotNet@2"] = ([], ["packageType", "useGlobalJson", "workingDirectory", "version", "includePreviewVersions", "installationPath", "performMultiLevelLookup", "requestTimeout"]),
        ["Cache@2"] = (["key", "path"], ["key", "path", "restoreKeys", "cacheHitVar"]),
        ["PublishTestResults@2"] = (["testResultsFormat", "testResultsFiles"], ["testResultsFormat", "testResultsFiles", "searchFolder", "mergeTestResults", "failTaskOnFailedTests", "failTaskOnFailureToPublishResults", "failTaskOnMissingResultsFile", "testRunTitle", "buildPlatform", "buildConfiguration", "publishRunAttachments"]),
        ["PublishCodeCoverageResults@2"] = (["summaryFileLocation"], ["summaryFileLocation", "pathToSources", "failIfCoverageEmpty"]),
        ["PublishPipelineArtifact@1"] = (["targetPath", "artifact"], ["targetPath", "artifact", "publishLocation", "fileSharePath", "parallel", "parallelCount", "properties"]),
        ["DownloadPipelineArtifact@2"] = (["buildType", "targetPath"], ["buildType", "project", "definition", "specificBuildWithTriggering", "buildVersionToDownload", "allowPartiallySucceededBuilds", "branchName", "pipelineId", "tags", "artifactName", "itemPattern", "targetPath"]),
    };

    public static IEnumerable<string> Names => Tasks.Keys;

    public static void CheckInputs(string task, YamlMap inputs)
    {
        Assert.True(Tasks.TryGetValue(task, out var spec), $"Task {task} is not one the Go.Sdk templates may use ({string.Join(", ", Tasks.Keys)}).");
        var missing = spec.Required.Where(name => !inputs.Has(name)).ToList();
        var unknown = inputs.Select(p => p.Key).Where(name => !spec.Accepted.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"{task} lacks required inputs {string.Join(", ", missing)}.");
        Assert.True(unknown.Count == 0, $"{task} has no inputs {string.Join(", ", unknown)}.");
        if (task == "PublishTestResults@2")
        {
            // TRX is what Go.Sdk writes for `--logger trx`; the task calls that format VSTest.
            Assert.Equal("VSTest", inputs.Text("testResultsFormat"));
        }
    }
}
