using System.Runtime.CompilerServices;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

/// <summary>
/// Paths of the coverage test data, and golden-file comparison. Set GOSDK_UPDATE_GOLDEN=1 to rewrite the expected
/// files in the source tree from the actual output (then review the diff before committing it).
/// </summary>
internal static class CoverageTestData
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Coverage");

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static string Module(string name) => System.IO.Path.Combine(Directory, "modules", name);

    public static void AssertMatchesGolden(string expectedName, string actual, [CallerFilePath] string callerFile = "")
    {
        if (Environment.GetEnvironmentVariable("GOSDK_UPDATE_GOLDEN") == "1")
        {
            var sourceTree = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerFile)!, "..", "TestData", "Coverage", expectedName);
            File.WriteAllText(sourceTree, actual);
            return;
        }
        var expectedPath = Path(expectedName);
        Assert.True(File.Exists(expectedPath), $"No golden file {expectedName}; run with GOSDK_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
