using System.Reflection;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Diagnostics;

/// <summary>docs/errors.md is the user's catalogue of codes: every code Go.Sdk can report must be in it, once.</summary>
public class ErrorCatalogTests
{
    private static readonly string RepoRoot = RepositoryRoot.Path;

    [Fact]
    public void EveryCodeInTheTaskAssemblyIsDocumented()
    {
        var documented = DocumentedCodes();
        var missing = CodesInSources().Where(c => !documented.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "Not in docs/errors.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMessageFactoryHasItsOwnCode()
    {
        var codes = typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(GoSdkDiagnostic))
            .Select(m => (m.Name, Code: Regex.Match(File.ReadAllText(SourceOf(m.Name)), $@"{m.Name}\([^)]*\)\s*=>\s*new\(\s*""(GOSDK\d{{4}})""").Groups[1].Value))
            .ToList();
        Assert.All(codes, c => Assert.Matches(@"^GOSDK\d{4}$", c.Code));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
    }

    private static HashSet<string> DocumentedCodes() =>
        Regex.Matches(File.ReadAllText(Path.Combine(RepoRoot, "docs", "errors.md")), @"^\| (GOSDK\d{4}) \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet();

    private static IEnumerable<string> CodesInSources() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".targets") || f.EndsWith(".props"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"GOSDK\d{4}").Select(m => m.Value))
            .Distinct()
            .OrderBy(c => c);

    private static string SourceOf(string factory) =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "src", "Go.Sdk.Tasks", "Diagnostics"), "Messages*.cs")
            .First(f => File.ReadAllText(f).Contains($" {factory}("));
}
