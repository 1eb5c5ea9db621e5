using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

public sealed class CgoPackagesTests : IDisposable
{
    private readonly string _module = Path.Combine(Path.GetTempPath(), "gosdk-cgo-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_module))
        {
            Directory.Delete(_module, recursive: true);
        }
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_module, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Theory]
    [InlineData("package p\n\n// #include <stdlib.h>\nimport \"C\"\n", true)]
    [InlineData("package p\n\nimport (\n\t\"fmt\"\n\t\"C\"\n)\n", true)]
    [InlineData("//go:build linux\n\npackage p\n\n/*\n#include \"x.h\"\n*/\nimport \"C\"\n\nfunc F() {}\n", true)]
    [InlineData("package p\n\nimport \"fmt\"\n\n// import \"C\" in a comment after the imports\nfunc F() { fmt.Println(\"C\") }\n", false)]
    [InlineData("package p\n\nimport (\n\t\"fmt\"\n)\n\nvar s = \"C\"\n", false)]
    public void AFileUsesCgoWhenItsHeaderImportsC(string text, bool expected) => Assert.Equal(expected, CgoPackages.ImportsC(text));

    [Fact]
    public void PatternsWithCgoAreTheFoldersOrTreesHoldingANonTestFileThatImportsC()
    {
        Write("main.go", "package main\n\nfunc main() {}\n");
        Write("lib/lib.go", "package lib\n\nimport \"C\"\n");
        Write("pure/pure.go", "package pure\n");
        Write("pure/pure_test.go", "package pure\n\nimport \"C\"\n");

        Assert.Equal(new[] { "./lib", "./..." }, CgoPackages.Among(new[] { ".", "./lib", "./pure", "./...", "./missing" }, _module));
    }
}
