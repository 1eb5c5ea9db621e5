using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

public sealed class VetScopeTests
{
    [Fact]
    public void VetsTheModulesBuiltPackagesWithTheirTestsOnly()
    {
        var buildInputs = new[]
        {
            "/m/go.mod", "/m/main.go", "/m/lib/lib.go", "/m/lib/add.c", "/m/lib/data/greeting.go",
            "/m/vendor/example.com/v/v.go", "/m/_tools/t.go", "/m/.hidden/h.go", "/m/lib/testdata/x.go", "/shared/shared.go",
        };
        var tests = new Dictionary<string, string[]>
        {
            ["/m"] = new[] { "/m/main_test.go" },
            ["/m/lib"] = new[] { "/m/lib/lib_test.go", "/m/lib/x_test.go" },
        };

        var scope = VetScope.FromBuildInputs(buildInputs, "/m/", folder => tests.TryGetValue(folder, out var files) ? files : Array.Empty<string>());

        Assert.Equal(new[] { ".", "./lib", "./lib/data" }, scope.Packages);
        Assert.Equal(
            buildInputs.Concat(new[] { "/m/main_test.go", "/m/lib/lib_test.go", "/m/lib/x_test.go" }).OrderBy(f => f, StringComparer.Ordinal),
            scope.InputFiles);
    }

    [Fact]
    public void NothingBuiltMeansNothingToVet() =>
        Assert.Empty(VetScope.FromBuildInputs(new[] { "/m/go.mod" }, "/m", _ => Array.Empty<string>()).Packages);
}
