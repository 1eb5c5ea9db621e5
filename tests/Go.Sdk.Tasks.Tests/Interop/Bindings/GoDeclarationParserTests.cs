using Go.Sdk.Tasks.Interop.Bindings.Parsing;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class GoDeclarationParserTests
{
    private static GoSourceFile Parse(string source) => GoDeclarationParser.Parse("lib.go", source);

    private static GoFunctionDeclaration Function(string source, string name) => Parse(source).Functions.Single(f => f.Name == name);

    private static string Signature(GoFunctionDeclaration function) =>
        $"({string.Join(", ", function.Parameters.Select(Spell))}) ({string.Join(", ", function.Results.Select(Spell))})";

    private static string Spell(GoParameter p) => (p.Name is null ? "" : p.Name + " ") + (p.IsVariadic ? "..." : "") + p.Type;

    [Fact]
    public void ReadsThePackageClause()
    {
        var file = Parse("// Package doc.\npackage calc // trailing\n");

        Assert.Equal("calc", file.Package);
        Assert.Equal("lib.go", file.Path);
        Assert.Empty(file.Functions);
        Assert.Empty(file.Types);
    }

    [Theory]
    [InlineData("")]
    [InlineData("// only a comment\n")]
    [InlineData("func F() {}")]
    [InlineData("package")]
    [InlineData("package \"main\"")]
    public void AFileWithoutAPackageClauseIsASyntaxError(string source)
    {
        Assert.Throws<GoSyntaxException>(() => Parse(source));
    }

    [Theory]
    [InlineData("func F(a, b int, c string) {}", "(a int, b int, c string) ()")]
    [InlineData("func F(int, string) (bool) {}", "(int, string) (bool)")]
    [InlineData("func F(*T, []byte, pkg.T, map[string]int, chan int, func(), interface{}, struct{}) {}",
        "(*T, []byte, pkg.T, map[string]int, chan int, func(), interface{}, struct{}) ()")]
    [InlineData("func F(x int) (q, r int64, err error) {}", "(x int) (q int64, r int64, err error)")]
    [InlineData("func F() int { return 1 }", "() (int)")]
    [InlineData("func F() *pkg.T {}", "() (*pkg.T)")]
    [InlineData("func F() []map[string]int {}", "() ([]map[string]int)")]
    [InlineData("func F() func(int) error { return nil }", "() (func(int) error)")]
    [InlineData("func F() func() {}", "() (func())")]
    [InlineData("func F() interface{ M() } {}", "() (interface{M()})")]
    [InlineData("func F() <-chan int {}", "() (<-chan int)")]
    [InlineData("func F() chan<- int {}", "() (chan<- int)")]
    [InlineData("func F() List[int] {}", "() (List[int])")]
    [InlineData("func F(a ...int) {}", "(a ...int) ()")]
    [InlineData("func F(format string, args ...any) {}", "(format string, args ...any) ()")]
    [InlineData("func F(...string) {}", "(...string) ()")]
    [InlineData("func F(cb func(a, b int) (int, error), m map[K][]V) {}", "(cb func(a, b int) (int, error), m map[K][]V) ()")]
    [InlineData("func F(\n\ta int,\n\tb string,\n) (\n\tint,\n\terror,\n) {}", "(a int, b string) (int, error)")]
    [InlineData("func F(_ int, _ string) {}", "(_ int, _ string) ()")]
    [InlineData("func F(a [4]int, b [N * 2]byte) {}", "(a [4]int, b [N*2]byte) ()")]
    [InlineData("func F(p (*T)) {}", "(p *T) ()")]
    [InlineData("func F(List[int], Map[K, V]) {}", "(List[int], Map[K, V]) ()")]
    [InlineData("func F(a List[int], b [2]List[int]) {}", "(a List[int], b [2]List[int]) ()")]
    public void ReadsParametersAndResults(string declaration, string signature)
    {
        var function = Function("package p\n" + declaration, "F");

        Assert.Equal(signature, Signature(function));
        Assert.Null(function.Receiver);
        Assert.False(function.IsGeneric);
        Assert.Equal((2, 1), (function.Line, function.Column));
    }

    [Fact]
    public void AFunctionWithoutResultEndsAtTheEndOfItsLine()
    {
        // Bodiless (assembly) declarations: a name on the next line is the next declaration, not a result type.
        var file = Parse("package p\n\nfunc A()\nfunc B(x int) int\nfunc C() error\n\ntype T int\nfunc D()\nvar v int\n");

        Assert.Equal(new[] { "A", "B", "C", "D" }, file.Functions.Select(f => f.Name));
        Assert.Equal("() ()", Signature(file.Functions[0]));
        Assert.Equal("(x int) (int)", Signature(file.Functions[1]));
        Assert.Equal("() (error)", Signature(file.Functions[2]));
        Assert.Equal("() ()", Signature(file.Functions[3]));
        Assert.Equal(new[] { 3, 4, 5, 8 }, file.Functions.Select(f => f.Line));
        Assert.Equal("T", Assert.Single(file.Types).Name);
    }

    [Fact]
    public void ReadsVariadicParameters()
    {
        var function = Function("package p\nfunc F(a int, rest ...[]byte) {}", "F");

        Assert.Equal(new[] { false, true }, function.Parameters.Select(p => p.IsVariadic));
        Assert.Equal("[]byte", function.Parameters[1].Type.ToString());
    }

    [Theory]
    [InlineData("func (c *Counter) Add(n int) {}", "*Counter")]
    [InlineData("func (Counter) Add(n int) {}", "Counter")]
    [InlineData("func (l *List[T]) Add(n int) {}", "*List[T]")]
    [InlineData("func (_ List[T]) Add(n int) {}", "List[T]")]
    [InlineData("func (List[T]) Add(n int) {}", "List[T]")]
    [InlineData("func (m Map[K, V]) Add(n int) {}", "Map[K, V]")]
    public void ReadsAMethodsReceiver(string declaration, string receiver)
    {
        var function = Function("package p\n" + declaration, "Add");

        Assert.Equal(receiver, function.Receiver!.ToString());
        Assert.Equal("(n int) ()", Signature(function));
    }

    [Fact]
    public void ReadsTypeParametersOfAFunction()
    {
        var function = Function("package p\nfunc Map[T, U any, S ~[]T](s S, f func(T) U) []U { return nil }", "Map");

        Assert.True(function.IsGeneric);
        Assert.Equal("(s S, f func(T) U) ([]U)", Signature(function));
    }

    [Fact]
    public void FunctionLiteralsAtTheTopLevelAreNoDeclarations()
    {
        var file = Parse("""
            package p

            var f = func(x int) error { return nil }
            var g = func() {}
            var h = func(a, b int) (int, error) { return a, nil }
            var i = func(s string) string {
            	return s + "}"
            }
            var j func(int) int
            var k func() string
            var m = map[string]func() int{"a": func() int { return 1 }}
            var n = []func(){func() {}}
            var o =
            	func() int { return 2 }
            var _ = func() int { return 3 }()
            var (
            	q = func(x int) int { return x }
            )

            func Real(x int) int { return x }
            """);

        Assert.Equal("Real", Assert.Single(file.Functions).Name);
        Assert.Equal("(x int) (int)", Signature(file.Functions[0]));
    }

    [Fact]
    public void BracesInsideStringsRunesAndCommentsDoNotEndABody()
    {
        var file = Parse("""
            package p

            func A() {
            	s := "}{"
            	r := '}'
            	t := `
            }
            `
            	// }
            	/* } */
            	if true { _ = struct{ X int }{} }
            }

            func B() int { return 0 }
            """);

        Assert.Equal(new[] { "A", "B" }, file.Functions.Select(f => f.Name));
        Assert.Equal(14, file.Functions[1].Line);
    }

    [Fact]
    public void SkipsImportsConstantsAndVariables()
    {
        var file = Parse("""
            package main

            import "C"

            import (
            	"fmt"
            	s "strings"
            )

            const (
            	A = iota
            	B
            )

            var x, y = 1, "func F() {}"

            func main() {}
            """);

        Assert.Equal("main", Assert.Single(file.Functions).Name);
    }

    [Fact]
    public void ReadsTypeDeclarations()
    {
        var file = Parse("""
            package p

            type Celsius float64
            type Alias = Celsius
            type (
            	Counter struct {
            		n    int `json:"n"`
            		next *Counter
            	}
            	Handler func(w Writer, r *Request) error
            	Table   map[string][]int
            	Events  <-chan Event
            	Sink    chan<- []byte
            	Any     = interface{}
            	Pair[K comparable, V any] struct{ k K; v V }
            )
            type List[T any] []T
            type Num[T ~int | ~float64] struct{}
            type Grid [4][4]int
            type Buffer [N]byte
            type Ptr *Counter
            type Reader interface {
            	Read(p []byte) (n int, err error)
            }
            type Instance = List[int]
            type Qualified time.Duration
            """);

        Assert.Equal(
            new[]
            {
                ("Celsius", "float64", false, false),
                ("Alias", "Celsius", true, false),
                ("Counter", "struct", false, false),
                ("Handler", "func(w Writer, r*Request) error", false, false),
                ("Table", "map[string][]int", false, false),
                ("Events", "<-chan Event", false, false),
                ("Sink", "chan<- []byte", false, false),
                ("Any", "interface{}", true, false),
                ("Pair", "struct", false, true),
                ("List", "[]T", false, true),
                ("Num", "struct{}", false, true),
                ("Grid", "[4][4]int", false, false),
                ("Buffer", "[N]byte", false, false),
                ("Ptr", "*Counter", false, false),
                ("Reader", "interface", false, false),
                ("Instance", "List[int]", true, false),
                ("Qualified", "time.Duration", false, false),
            },
            file.Types.Select(t => (t.Name, t.Type is GoCompositeTypeSyntax { Keyword: "struct" or "interface" } c && c.Tokens.Count > 3 ? c.Keyword : t.Type.ToString(), t.IsAlias, t.IsGeneric)));
    }

    [Fact]
    public void TypeDeclarationsInsideFunctionsAreNotThePackages()
    {
        var file = Parse("package p\nfunc F() {\n\ttype local int\n}\ntype Top int\n");

        Assert.Equal("Top", Assert.Single(file.Types).Name);
    }

    [Fact]
    public void ADocCommentIsTheRunOfCommentsDirectlyAbove()
    {
        var file = Parse("""
            package main

            // Not doc: a blank line follows.

            // Add adds.
            //
            // It never fails.
            //gosdk:export
            func Add(a, b int) int { return a + b }

            /*
            Sub subtracts.
               Indented.
            */
            func Sub(a, b int) int { return a - b }

            // Detached.

            func NoDoc() {}

            //export Raw
            //go:noinline
            func Raw() {}
            """);

        Assert.Equal(new[] { " Add adds.", "", " It never fails.", "gosdk:export" }, file.Functions[0].Doc);
        Assert.Equal(new[] { " ", " Sub subtracts.", " Indented.", " " }, file.Functions[1].Doc);
        Assert.Empty(file.Functions[2].Doc);
        Assert.Equal(new[] { "export Raw", "go:noinline" }, file.Functions[3].Doc);
    }

    [Fact]
    public void ADocCommentWithWindowsLineEndsHasNoCarriageReturns()
    {
        var function = Parse("package main\r\n\r\n// Add adds.\r\n//gosdk:export\r\nfunc Add() {}\r\n").Functions.Single();

        Assert.Equal(new[] { " Add adds.", "gosdk:export" }, function.Doc);
    }

    [Fact]
    public void ACommentEndingThePreviousLineIsNoDocComment()
    {
        var file = Parse("package main\n\nvar x = 1 //gosdk:export\nfunc F() {}\nfunc G() {} // a comment about G\n// H's doc.\nfunc H() {}\n");

        Assert.Empty(file.Functions.Single(f => f.Name == "F").Doc);
        Assert.Equal(new[] { " H's doc." }, file.Functions.Single(f => f.Name == "H").Doc);
    }

    [Theory]
    [InlineData("map[string][]int")]
    [InlineData("<-chan int")]
    [InlineData("chan<- *T")]
    [InlineData("chan chan int")]
    [InlineData("func(int) error")]
    [InlineData("func(a, b int) (int, error)")]
    [InlineData("func(...string)")]
    [InlineData("*pkg.T")]
    [InlineData("[]*[4]byte")]
    [InlineData("[N]int")]
    [InlineData("Pair[string, []int]")]
    [InlineData("interface{}")]
    [InlineData("struct{}")]
    [InlineData("interface{M() int}")]
    [InlineData("struct{A int `json:\"a\"`}")]
    [InlineData("func() func() int")]
    public void ATypeIsSpelledBackAsGo(string type)
    {
        var parameter = Function($"package p\nfunc F(x {type}) {{}}", "F").Parameters.Single();

        Assert.Equal(type, parameter.Type.ToString());
    }

    [Fact]
    public void AMultiLineInterfaceOrStructIsSpelledOnOneLineAsValidGo()
    {
        var function = Function("package p\nfunc F(x interface {\n\tM() error\n\tN(int)\n}, y *struct {\n\tA int\n\tB string\n}) {}", "F");

        Assert.Equal("interface{M() error; N(int)}", function.Parameters[0].Type.ToString());
        Assert.Equal("*struct{A int; B string}", function.Parameters[1].Type.ToString());
    }

    [Fact]
    public void TypeSyntaxIsStructured()
    {
        var parameters = Function("package p\nfunc F(a *pkg.T, b map[K]V, c <-chan int, d [3]T, e List[int])", "F").Parameters;

        var pointer = Assert.IsType<GoPointerTypeSyntax>(parameters[0].Type);
        Assert.Equal(new GoNamedTypeSyntax("pkg", "T", Array.Empty<GoTypeSyntax>()).ToString(), pointer.Element.ToString());
        Assert.Equal("pkg", Assert.IsType<GoNamedTypeSyntax>(pointer.Element).Package);
        var map = Assert.IsType<GoMapTypeSyntax>(parameters[1].Type);
        Assert.Equal(("K", "V"), (map.Key.ToString(), map.Value.ToString()));
        Assert.Equal("<-chan", Assert.IsType<GoChanTypeSyntax>(parameters[2].Type).Keyword);
        Assert.Equal("3", Assert.IsType<GoArrayTypeSyntax>(parameters[3].Type).Length);
        Assert.Equal("int", Assert.Single(Assert.IsType<GoNamedTypeSyntax>(parameters[4].Type).TypeArguments).ToString());
    }

    [Theory]
    [InlineData("package p\n\nfunc F(a int {\n}", 3)]
    [InlineData("package p\n\nfunc F(a, b int, c) {}", 3)]
    [InlineData("package p\n\nfunc F(\n\ta int,\n\tb map[string]) {}", 5)]
    [InlineData("package p\n\nfunc F() {\n", 3)]
    [InlineData("package p\n\ntype T struct {\n", 3)]
    [InlineData("package p\n\nfunc (a, b T) M() {}", 3)]
    public void AMalformedDeclarationIsASyntaxErrorAtItsLine(string source, int line)
    {
        var e = Assert.Throws<GoSyntaxException>(() => Parse(source));

        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void AnUnterminatedLiteralIsASyntaxErrorThatNamesItsLine()
    {
        var e = Assert.Throws<GoSyntaxException>(() => Parse("package p\n\nvar s = \"open\n"));

        Assert.Contains("line 3", e.Message);
    }
}
