using System.Reflection;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public class PlatformCodesDocumentedTests
{
    [Fact]
    public void EveryGosdk05CodeIsInTheErrorsPageAndEveryListedOneExists()
    {
        var produced = typeof(Messages).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(GoSdkDiagnostic))
            .Select(m => ((GoSdkDiagnostic)m.Invoke(null, m.GetParameters().Select(Sample).ToArray())!).Code)
            .Where(code => code.StartsWith("GOSDK05", StringComparison.Ordinal))
            .ToHashSet();
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "errors.md"));
        var listed = Regex.Matches(page, @"^\| (GOSDK05\d\d) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(produced);
        Assert.Equal(produced.Order(), listed.Order());
    }

    private static object? Sample(ParameterInfo p) =>
        p.ParameterType == typeof(string) ? "x"
        : p.ParameterType == typeof(int) ? 1
        : p.ParameterType == typeof(long) ? 1L
        : p.ParameterType == typeof(CCompilerInstallHint) ? new CCompilerInstallHint("a", "b", "c")
        : p.ParameterType == typeof(IEnumerable<string>) ? Array.Empty<string>()
        : null;
}
