using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Tests.Docs;

/// <summary>
/// docs/properties.md is the reference of every public name: each <c>Go…</c> property or item the SDK's props and
/// targets read must be in it, written as <c>`GoName`</c> or <c>`@(GoName)`</c>. Private names start with '_'.
/// </summary>
public sealed partial class PropertiesDocumentedTests
{
    private static readonly string RepoRoot = RepositoryRoot.Path;

    [Fact]
    public void EveryPublicGoPropertyAndItemTheTargetsReadIsInPropertiesMd()
    {
        var documented = File.ReadAllText(Path.Combine(RepoRoot, "docs", "properties.md"));
        var missing = NamesReadByTheSdk()
            .Where(name => !documented.Contains($"`{name}`", StringComparison.Ordinal) && !documented.Contains($"@({name})", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0,
            $"Read by src/Go.Sdk but not documented in docs/properties.md (add each with its values and default): {string.Join(", ", missing)}");
    }

    [Fact]
    public void TheScanFindsTheNamesItMustFind()
    {
        // Guards the scan itself: a regex that matched nothing would make the test above pass vacuously.
        var names = NamesReadByTheSdk().ToList();
        Assert.Contains("GoVersion", names);
        Assert.Contains("GoCompile", names);
        Assert.Contains("GoTestPackages", names);
        Assert.DoesNotContain(names, n => n.StartsWith('_'));
    }

    /// <summary>$(GoX), @(GoX) and %(GoX.Meta) in every .props and .targets file of the package.</summary>
    private static IEnumerable<string> NamesReadByTheSdk() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "src", "Go.Sdk"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PublicReference().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"[$@%]\((Go[A-Za-z0-9]*)[).]")]
    private static partial Regex PublicReference();
}
