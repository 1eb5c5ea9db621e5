using Go.Sdk.Tasks.Interop.Bindings.Parsing;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

/// <summary>
/// The declaration parser on real Go: the standard library of Go 1.22 and the Debian golang-*-dev sources, where
/// installed. Every file `go build` accepts must parse, since a file that does not stops a library's build (GOSDK0725).
/// </summary>
public sealed class GoSourceTreeParsingTests
{
    private static readonly string[] Trees = { "/usr/lib/go-1.22/src", "/usr/share/gocode/src" };

    // testdata holds deliberately broken Go. A sample of this many files per tree keeps the test to a few seconds;
    // every non-test file of Go 1.21 to 1.24 and Go 1.24's _test.go files parsed when the parser was last changed.
    private const int MaxFilesPerTree = 800;

    private static IEnumerable<string> GoFiles(string tree) =>
        Directory.EnumerateFiles(tree + "/", "*.go", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal)
                && !f.Contains("/testdata/", StringComparison.Ordinal)
                && !f.Contains("/vendor/", StringComparison.Ordinal));

    [Fact]
    public void EveryNonTestFileOfTheInstalledGoSourcesParses()
    {
        var trees = Trees.Where(Directory.Exists).ToList();
        if (trees.Count == 0)
        {
            return; // nothing installed to read; the other tests cover the parser
        }
        var failures = new List<string>();
        int parsed = 0, functions = 0;
        foreach (var tree in trees)
        {
            // Every n-th file, so that a sample spreads over the whole tree.
            var files = GoFiles(tree).OrderBy(f => f, StringComparer.Ordinal).ToList();
            int step = Math.Max(1, (files.Count + MaxFilesPerTree - 1) / MaxFilesPerTree);
            for (int i = 0; i < files.Count; i += step)
            {
                try
                {
                    functions += GoDeclarationParser.Parse(files[i], File.ReadAllText(files[i])).Functions.Count;
                }
                catch (Exception e)
                {
                    failures.Add($"{files[i]}: {e.GetType().Name}{(e is GoSyntaxException s ? $" at line {s.Line}" : "")}: {e.Message}");
                }
                parsed++;
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {parsed} files did not parse:\n{string.Join("\n", failures.Take(50))}");
        Assert.True(parsed > 100, $"only {parsed} files in {string.Join(", ", trees)}");
        Assert.True(functions > parsed, $"{functions} functions in {parsed} files");
    }
}
