using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Toolchains;

/// <summary>
/// Hello projects that must download their toolchain: each has its own GoSdkHome, host toolchains are turned off,
/// and the loopback mirror's own checksums are trusted, so the toolchain really is fetched, verified and installed.
/// </summary>
internal static class MirrorProjects
{
    /// <param name="source">The property that says where to download from, e.g. a GoToolchainMirror element.</param>
    public static TestProject Create(GoSdkFixture fixture, string name, string source, string goVersion = LoopbackMirror.Version)
    {
        var project = fixture.CreateProject(name);
        project.Environment["GOSDK_HOME"] = project.PathOf("gosdk-home");
        project.WriteHelloModule(goVersion: goVersion, extraProjectBody: $"""
              <PropertyGroup>
                <GoUseHostToolchain>false</GoUseHostToolchain>
                {source}
                <GoToolchainChecksums>{fixture.Mirror.ChecksumsFile}</GoToolchainChecksums>
              </PropertyGroup>
            """);
        return project;
    }

    public static string Mirror(string url) => $"<GoToolchainMirror>{url}</GoToolchainMirror>";

    public static string CachedGoRoot(TestProject project) =>
        project.PathOf($"gosdk-home/toolchains/{LoopbackMirror.PlatformName}");

    /// <summary>What the project's toolchain cache holds besides its lock files.</summary>
    public static IReadOnlyList<string> CacheEntries(TestProject project)
    {
        var toolchains = project.PathOf("gosdk-home/toolchains");
        return Directory.Exists(toolchains)
            ? Directory.GetFileSystemEntries(toolchains).Select(p => Path.GetFileName(p)!).Where(n => n != ".locks").Order().ToList()
            : [];
    }
}
