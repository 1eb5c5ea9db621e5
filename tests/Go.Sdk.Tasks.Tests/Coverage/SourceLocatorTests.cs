using Go.Sdk.Tasks.Coverage.Sources;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class SourceLocatorTests
{
    [Fact]
    public void FindsFilesOfTheMainModuleANestedModuleAWorkspaceModuleAndVendor()
    {
        using var dir = new TempDirectory();
        var main = dir.Write("m/pkg/a.go", "package pkg");
        var nested = dir.Write("m/tools/b.go", "package tools");
        var other = dir.Write("lib/c.go", "package lib");
        var vendored = dir.Write("m/vendor/github.com/x/y/d.go", "package y");
        var locator = new SourceLocator(
            new GoModule("example.com/m", Path.Combine(dir.Path, "m")),
            new[] { new GoModule("example.com/m/tools", Path.Combine(dir.Path, "m", "tools")), new GoModule("example.com/lib", Path.Combine(dir.Path, "lib")) });

        Assert.Equal(main, locator.Locate("example.com/m/pkg/a.go"));
        Assert.Equal(nested, locator.Locate("example.com/m/tools/b.go"));
        Assert.Equal(other, locator.Locate("example.com/lib/c.go"));
        Assert.Equal(vendored, locator.Locate("github.com/x/y/d.go"));
        Assert.Equal(main, locator.Locate(main));
        Assert.Null(locator.Locate("example.com/m/pkg/missing.go"));
        Assert.Null(locator.Locate("example.com/mother/a.go"));
    }
}
