namespace Go.Sdk.Tasks.Tests;

/// <summary>The checkout the tests run from: the folder holding GoSdk.sln, above the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(dir, "GoSdk.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("GoSdk.sln not found above the test assembly.");
        }
        return dir;
    }
}
