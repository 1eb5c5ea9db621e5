using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Tests.Build;

public sealed class GoFileHeaderTests
{
    private const string File = """
        // Copyright notice.

        //go:build linux && !cgo

        // Package app does things.
        package app

        /* a block comment with import "fake" in it */
        import "fmt"
        import (
        	. "strings"
        	str `strconv`
        	_ "embed" // for the data below
        )

        // #include <stdio.h>
        import "C"

        //go:embed data/*.txt
        var data string

        func F() string { return fmt.Sprint(ToUpper(str.Itoa(1)), data) }
        """;

    [Fact]
    public void TheHeaderEndsAtTheFirstDeclarationAfterTheImports() =>
        Assert.Equal(File.IndexOf("var data", StringComparison.Ordinal), GoFileHeader.HeaderEnd(File));

    [Theory]
    [InlineData("func F() string { return fmt.Sprint(ToUpper(str.Itoa(1)), data) }", "func F() string { return fmt.Sprint(data) }\n\nfunc G() {}")]
    [InlineData("var data string", "var data []byte")]
    public void EditsBelowTheImportsKeepTheFingerprint(string find, string replace) =>
        Assert.Equal(GoFileHeader.Fingerprint(File), GoFileHeader.Fingerprint(File.Replace(find, replace)));

    [Theory]
    [InlineData("//go:build linux && !cgo", "//go:build linux")]
    [InlineData("package app", "package app_test")]
    [InlineData("import \"fmt\"", "import \"fmt\"; import \"os\"")]
    [InlineData("_ \"embed\"", "_ \"embed\"\n\t\"os\"")]
    [InlineData("// #include <stdio.h>", "// #cgo LDFLAGS: -lm")]
    [InlineData("//go:embed data/*.txt", "//go:embed data/*.txt more/*")]
    [InlineData("func F()", "//go:embed other.txt\nvar other string\n\nfunc F()")]
    public void EditsToConstraintsImportsOrEmbedsChangeTheFingerprint(string find, string replace) =>
        Assert.NotEqual(GoFileHeader.Fingerprint(File), GoFileHeader.Fingerprint(File.Replace(find, replace)));

    [Theory]
    [InlineData("package main\n\nimport (\n\t\"fmt\"\n")]
    [InlineData("package main\n\n/* unterminated")]
    [InlineData("package main\n\nimport \"fmt\nfunc main() {}")]
    [InlineData("// no package clause\nfunc main() {}")]
    [InlineData("package main\nimport fmt\n")]
    public void AMalformedHeaderHasNoFingerprint(string text) => Assert.Null(GoFileHeader.Fingerprint(text));

    [Fact]
    public void AFileOfOnlyAPackageClauseAndImportsIsAllHeader()
    {
        const string text = "\uFEFFpackage p\n\nimport \"os\"\n";
        Assert.Equal(text.Length, GoFileHeader.HeaderEnd(text));
        Assert.NotNull(GoFileHeader.Fingerprint(text));
    }
}
