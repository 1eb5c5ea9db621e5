using System.Text.Json;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.VisualStudio;

/// <summary>
/// A design-time build the way Visual Studio starts one, through `dotnet msbuild`: its global properties, its
/// targets, and -getItem/-getTargetResult for what the project system reads from it.
/// </summary>
public static class VisualStudioDesignTime
{
    /// <summary>What Visual Studio sets for every design-time build.</summary>
    public static readonly string[] Properties =
        ["-p:DesignTimeBuild=true", "-p:BuildingInsideVisualStudio=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true"];

    /// <summary>
    /// The targets the managed project system calls (dotnet/project-system, docs/design-time-builds.md). The
    /// CollectUpToDateCheck… targets and ResolveProjectReferencesDesignTime2 come with Visual Studio's
    /// Microsoft.Managed.DesignTime.targets, which the .NET SDK on Linux does not have: <see cref="StandInTargets"/>.
    /// </summary>
    public static readonly string[] Targets =
    [
        "CollectResolvedSDKReferencesDesignTime", "ResolveProjectReferencesDesignTime2", "CollectPackageReferences",
        "CollectPackageDownloads", "CollectFrameworkReferences", "CollectCentralPackageVersions",
        "ResolveComReferencesDesignTime", "ResolveAssemblyReferencesDesignTime", "ResolvePackageDependenciesDesignTime",
        "CompileDesignTime", "CollectUpToDateCheckInputDesignTime", "CollectUpToDateCheckOutputDesignTime",
        "CollectUpToDateCheckBuiltDesignTime",
    ];

    /// <summary>
    /// The test's own minimal versions of the Visual Studio targets missing here, with the contract the real ones
    /// have: each depends on CompileDesignTime and returns its item list. Go.Sdk's items reach them through
    /// BeforeTargets hooks, as they reach the real ones in Visual Studio.
    /// </summary>
    public const string StandInTargets = """
        <Project>
          <Target Name="ResolveProjectReferencesDesignTime2" DependsOnTargets="ResolveProjectReferences" Returns="@(ProjectReference)" />
          <Target Name="CollectUpToDateCheckInputDesignTime" DependsOnTargets="CompileDesignTime" Returns="@(UpToDateCheckInput)" />
          <Target Name="CollectUpToDateCheckOutputDesignTime" DependsOnTargets="CompileDesignTime" Returns="@(UpToDateCheckOutput)" />
          <Target Name="CollectUpToDateCheckBuiltDesignTime" DependsOnTargets="CompileDesignTime" Returns="@(UpToDateCheckBuilt)" />
        </Project>
        """;

    public static readonly string[] ReadItems = ["GoCompile", "GoModuleFile", "ProjectCapability", "PropertyPageSchema", "AvailableItemName"];

    public static readonly string[] ReadTargetResults =
        ["CollectUpToDateCheckInputDesignTime", "CollectUpToDateCheckOutputDesignTime", "CollectUpToDateCheckBuiltDesignTime"];

    /// <summary>Runs the design-time build of <paramref name="projectFile"/>; the stand-in targets are written beside it.</summary>
    public static (CommandResult Result, Binlog Log, DesignTimeAnswer Answer) Run(TestProject project, string projectFile, params string[] extraArguments)
    {
        var standIn = project.PathOf("vs-design-time-stand-in.targets");
        project.WriteFile("vs-design-time-stand-in.targets", StandInTargets);
        var (result, log) = project.DotNetWithBinlog(
        [
            "msbuild", projectFile, .. Properties, $"-p:CustomAfterGoSdkTargets={standIn}", .. extraArguments,
            $"-t:{string.Join(';', Targets)}",
            $"-getItem:{string.Join(',', ReadItems)}",
            $"-getTargetResult:{string.Join(',', ReadTargetResults)}",
            "-getProperty:AccelerateBuildsInVisualStudio",
        ]);
        result.ShouldSucceed();
        return (result, log, new DesignTimeAnswer(result.Output));
    }
}

/// <summary>The JSON `dotnet msbuild -getItem/-getTargetResult/-getProperty` prints.</summary>
public sealed class DesignTimeAnswer
{
    private readonly JsonElement _root;

    public DesignTimeAnswer(string output)
    {
        // The JSON is all msbuild prints, apart from a binary-log line before or after it.
        var json = output[output.IndexOf('{')..(output.LastIndexOf('}') + 1)];
        _root = JsonDocument.Parse(json).RootElement.Clone();
    }

    public string Property(string name) => _root.GetProperty("Properties").GetProperty(name).GetString()!;

    public IReadOnlyList<string> Items(string itemType, string metadata = "Identity") =>
        Read(_root.GetProperty("Items").GetProperty(itemType), metadata);

    public IReadOnlyList<string> TargetResult(string target, string metadata = "FullPath")
    {
        var result = _root.GetProperty("TargetResults").GetProperty(target);
        Assert.Equal("Success", result.GetProperty("Result").GetString());
        return Read(result.GetProperty("Items"), metadata);
    }

    private static List<string> Read(JsonElement items, string metadata) =>
        items.EnumerateArray().Select(i => i.GetProperty(metadata).GetString()!).ToList();
}
