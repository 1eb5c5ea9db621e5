namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// How Go tests are named towards .NET tooling (TRX, JUnit, <c>dotnet test --filter</c>).
/// <list type="bullet">
/// <item><b>Name</b>: the name Go prints, subtests joined by <c>/</c>: <c>TestParse</c>, <c>TestParse/empty_input</c>,
/// <c>ExampleReverse</c>, <c>BenchmarkSum</c>, <c>FuzzReverse/seed#0</c>.</item>
/// <item><b>FullyQualifiedName</b>: <c>&lt;import path&gt;.&lt;Name&gt;</c>, e.g.
/// <c>example.com/m/parser.TestParse/empty_input</c> — the import path plays the part of a .NET namespace and class,
/// the test name that of a method. A stream without package names (test2json run alone) gives just the name.</item>
/// <item><b>ClassName</b> (TRX <c>className</c>, JUnit <c>classname</c>): the import path.</item>
/// </list>
/// </summary>
public static class GoTestName
{
    private static readonly string[] TopLevelPrefixes = { "Test", "Benchmark", "Example", "Fuzz" };

    public static string FullyQualifiedName(string importPath, string name) =>
        importPath.Length == 0 ? name : importPath + "." + name;

    /// <summary>
    /// Splits a fully qualified name at the dot that ends the import path: the first dot followed by <c>Test</c>,
    /// <c>Benchmark</c>, <c>Example</c> or <c>Fuzz</c> (Go test functions must start so), so import paths such as
    /// <c>gopkg.in/yaml.v3</c> keep their dots. Returns false when no such dot exists.
    /// </summary>
    public static bool TrySplitFullyQualifiedName(string fullyQualifiedName, out string importPath, out string name)
    {
        for (int dot = fullyQualifiedName.IndexOf('.'); dot >= 0; dot = fullyQualifiedName.IndexOf('.', dot + 1))
        {
            if (StartsWithTopLevelPrefix(fullyQualifiedName, dot + 1))
            {
                importPath = fullyQualifiedName.Substring(0, dot);
                name = fullyQualifiedName.Substring(dot + 1);
                return true;
            }
        }
        importPath = string.Empty;
        name = fullyQualifiedName;
        return false;
    }

    /// <summary>
    /// True for a line <c>go test -list</c> prints as a name: a test function's name (<c>TestParse</c>, <c>ExampleSum</c>),
    /// as opposed to its <c>ok</c> and <c>?</c> lines.
    /// </summary>
    public static bool IsTopLevelName(string text)
    {
        if (!StartsWithTopLevelPrefix(text, 0))
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits <c>TestA/b/c</c> into its levels <c>TestA</c>, <c>b</c>, <c>c</c>, as <c>-run</c> matches them.</summary>
    public static string[] Levels(string name) => name.Split('/');

    private static bool StartsWithTopLevelPrefix(string text, int index)
    {
        foreach (string prefix in TopLevelPrefixes)
        {
            if (string.CompareOrdinal(text, index, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
