using System.Text;
using Go.Sdk.Tasks.Coverage.Sources;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class GoFunctionScannerTests
{
    [Fact]
    public void FindsFunctionsMethodsAndGenericsWithTheirExtents()
    {
        var functions = Scan(
            "package p\n" +                                  // 1
            "func A() {}\n" +                                // 2
            "func (s *S[T]) Push(v T) {\n" +                 // 3
            "\ts.v = v\n" +                                  // 4
            "}\n" +                                          // 5
            "func (S) Len() int { return 0 }\n" +            // 6
            "func Map[K comparable, V any](m map[K]V) []K {\n" + // 7
            "\treturn nil\n" +                               // 8
            "}\n");                                          // 9
        Assert.Equal(new[]
        {
            new GoFunction("A", "()", 2, 1, 2, 12),
            new GoFunction("(*S).Push", "(v T)", 3, 1, 5, 2),
            new GoFunction("S.Len", "() int", 6, 1, 6, 32),
            new GoFunction("Map", "[K comparable, V any](m map[K]V) []K", 7, 1, 9, 2),
        }, functions);
    }

    [Fact]
    public void BracesInStringsRawStringsRunesAndCommentsDoNotCount()
    {
        var functions = Scan(
            "package p\n" +
            "/* func Fake() { */\n" +
            "func A() string {\n" +          // 3
            "\tx := \"}\\\"}\" // }\n" +
            "\ty := '}'\n" +
            "\tz := '\\''\n" +
            "\treturn `}\n" +
            "}` + x + y + z\n" +
            "}\n" +                          // 9
            "func B() {}\n");
        Assert.Equal(new[] { ("A", 3, 9), ("B", 10, 10) }, functions.Select(f => (f.Name, f.StartLine, f.EndLine)));
    }

    [Fact]
    public void FunctionLiteralsAndFunctionTypesAreNotDeclarations()
    {
        var functions = Scan(
            "package p\n" +
            "var f = func() {\n}\n" +
            "var g =\n\tfunc() {}\n" +
            "type F func() int\n" +
            "var (\n\th = func() {}\n)\n" +
            "func Real() { _ = func() {} }\n");
        Assert.Equal("Real", Assert.Single(functions).Name);
    }

    [Fact]
    public void StructAndInterfaceResultsAreNotTheBody()
    {
        var functions = Scan(
            "package p\n" +
            "func A() struct{ X int } { return struct{ X int }{} }\n" +
            "func B() interface{ M() } {\n\treturn nil\n}\n" +
            "func C() func() {\n\treturn nil\n}\n");
        Assert.Equal(new[] { ("A", "() struct{ X int }", 2), ("B", "() interface{ M() }", 5), ("C", "() func()", 8) },
            functions.Select(f => (f.Name, f.Signature, f.EndLine)));
    }

    [Fact]
    public void DeclarationsWithoutBodyAreLeftOutAsGoToolCoverDoes()
    {
        var functions = Scan("package p\nfunc Asm(x int) int\nfunc Sum(xs []int) int; func After() {}\nfunc Last() {\n}\n");
        Assert.Equal(new[] { "After", "Last" }, functions.Select(f => f.Name));
    }

    [Fact]
    public void MultiLineSignaturesCollapseToOneLine()
    {
        var function = Assert.Single(Scan("package p\nfunc A(\n\ta int, // first\n\tb string,\n) (\n\terr error,\n) {\n\treturn\n}\n"));
        Assert.Equal("(a int, b string,) (err error,)", function.Signature);
    }

    [Fact]
    public void ColumnsCountBytesAfterALeadingByteOrderMark()
    {
        var functions = GoFunctionScanner.Scan(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("package p\nvar é = 1; func A() { _ = \"ü\" }\n")).ToArray());
        var a = Assert.Single(functions);
        Assert.Equal((2, 13, 2, 34), (a.StartLine, a.StartColumn, a.EndLine, a.EndColumn));
    }

    [Fact]
    public void AFunctionLeftOpenEndsAtTheEndOfTheFile()
    {
        var a = Assert.Single(Scan("package p\nfunc A() {\n\tx := `unterminated\n"));
        Assert.Equal((2, 4), (a.StartLine, a.EndLine));
    }

    private static IReadOnlyList<GoFunction> Scan(string source) => GoFunctionScanner.Scan(Encoding.UTF8.GetBytes(source));
}
