using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Interop.Bindings.Model;
using static Go.Sdk.Tasks.Tests.Interop.Bindings.BoundApiSources;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class BoundApiReaderTests
{
    private const string Types = """
        type Celsius float64
        type Flag bool
        type Name string
        type Floats []float64
        type Temps []Celsius
        type Number = int32
        type Degrees = Celsius
        type Counter struct{ n int }
        type CounterPtr = *Counter
        type Callback func(int) error
        type Registry map[string]int
        type Shape interface{ Area() float64 }
        type Point struct{ X, Y int }
        type Grid [4]int
        type List[T any] []T
        type Timeout time.Duration
        """;

    // The one diagnostic of a package that binds nothing, at line <paramref name="line"/> of its first file.
    private static GoSdkDiagnostic OnlyDiagnostic(string source, string code, int line)
    {
        var (api, diagnostics) = Read(source);

        Assert.Empty(api.Functions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, PathOf(0), line), (diagnostic.Code, diagnostic.File, diagnostic.Line));
        return diagnostic;
    }

    [Theory]
    [InlineData("int8", "int8", "sbyte", "GoInt8")]
    [InlineData("int16", "int16", "short", "GoInt16")]
    [InlineData("int32", "int32", "int", "GoInt32")]
    [InlineData("int64", "int64", "long", "GoInt64")]
    [InlineData("uint8", "uint8", "byte", "GoUint8")]
    [InlineData("uint16", "uint16", "ushort", "GoUint16")]
    [InlineData("uint32", "uint32", "uint", "GoUint32")]
    [InlineData("uint64", "uint64", "ulong", "GoUint64")]
    [InlineData("int", "int", "nint", "GoInt")]
    [InlineData("uint", "uint", "nuint", "GoUint")]
    [InlineData("uintptr", "uintptr", "nuint", "GoUintptr")]
    [InlineData("float32", "float32", "float", "GoFloat32")]
    [InlineData("float64", "float64", "double", "GoFloat64")]
    [InlineData("byte", "uint8", "byte", "GoUint8")]
    [InlineData("rune", "int32", "int", "GoInt32")]
    public void NumbersCrossAsScalarsOfTheSameSize(string goType, string scalar, string csharp, string header)
    {
        var function = Function($"func F(x {goType}) {goType} {{ return x }}");

        var parameter = Assert.Single(function.Parameters).Type;
        Assert.Equal(BindingKind.Scalar, parameter.Kind);
        Assert.Equal(goType, parameter.GoSpelling);
        Assert.Equal((scalar, csharp, header), (parameter.Scalar!.GoName, parameter.Scalar.CSharpName, parameter.Scalar.HeaderName));
        Assert.Equal(goType is "byte" or "rune", parameter.IsConverted);
        Assert.Equal(parameter, Assert.Single(function.Results).Type);
    }

    [Theory]
    [InlineData("bool", BindingKind.Bool, null, false)]
    [InlineData("string", BindingKind.String, null, false)]
    [InlineData("[]byte", BindingKind.Slice, "uint8", true)]
    [InlineData("[]uint8", BindingKind.Slice, "uint8", false)]
    [InlineData("[]float64", BindingKind.Slice, "float64", false)]
    [InlineData("[]int", BindingKind.Slice, "int", false)]
    [InlineData("Celsius", BindingKind.Scalar, "float64", true)]
    [InlineData("Flag", BindingKind.Bool, null, true)]
    [InlineData("Name", BindingKind.String, null, true)]
    [InlineData("Floats", BindingKind.Slice, "float64", true)]
    [InlineData("[]Celsius", BindingKind.Slice, "float64", true)]
    [InlineData("Temps", BindingKind.Slice, "float64", true)]
    public void BasicTypesAndNamedTypesOverThemCrossByValue(string goType, BindingKind kind, string? scalar, bool converted)
    {
        var type = Assert.Single(Function($"func F(x {goType}) {{}}", Types).Parameters).Type;

        Assert.Equal(kind, type.Kind);
        Assert.Equal(goType, type.GoSpelling);
        Assert.Equal(scalar, type.Scalar?.GoName);
        Assert.Equal(converted, type.IsConverted);
        Assert.Null(type.HandleClass);
    }

    [Theory]
    [InlineData("Number", BindingKind.Scalar, "int32")]
    [InlineData("Degrees", BindingKind.Scalar, "Celsius")]
    [InlineData("CounterPtr", BindingKind.Handle, "*Counter")]
    public void AnAliasCrossesAsTheTypeItStandsFor(string goType, BindingKind kind, string spelling)
    {
        var type = Assert.Single(Function($"func F(x {goType}) {{}}", Types).Parameters).Type;

        Assert.Equal((kind, spelling), (type.Kind, type.GoSpelling));
    }

    [Theory]
    [InlineData("*Counter", "Counter")]
    [InlineData("CounterPtr", "Counter")]
    [InlineData("Callback", "Callback")]
    [InlineData("Registry", "Registry")]
    [InlineData("Shape", "Shape")]
    [InlineData("*Point", "Point")]
    [InlineData("*Celsius", "Celsius")]
    [InlineData("*int", null)]
    [InlineData("*strings.Builder", null)]
    [InlineData("map[string][]int", null)]
    [InlineData("chan int", null)]
    [InlineData("<-chan string", null)]
    [InlineData("func(int) error", null)]
    [InlineData("interface{ Close() error }", null)]
    [InlineData("any", null)]
    [InlineData("interface{}", null)]
    public void ValuesThatCannotBeCopiedCrossAsHandles(string goType, string? handleClass)
    {
        var api = Api($"package main\n\n{Types}\n\n//gosdk:export\nfunc F(x {goType}) {goType} {{ return x }}\n");

        var function = Assert.Single(api.Functions);
        var type = Assert.Single(function.Parameters).Type;
        Assert.Equal(BindingKind.Handle, type.Kind);
        Assert.Equal(handleClass, type.HandleClass);
        Assert.False(type.IsConverted);
        Assert.Equal(handleClass is null ? Array.Empty<string>() : new[] { handleClass }, api.HandleClasses);
    }

    [Fact]
    public void HandleClassesAreListedOnceInOrder()
    {
        var api = Api($$"""
            package main

            {{Types}}

            //gosdk:export
            func NewCounter() *Counter { return &Counter{} }

            //gosdk:export
            func Register(r Registry, c *Counter, cb Callback) {}
            """);

        Assert.Equal(new[] { "Callback", "Counter", "Registry" }, api.HandleClasses);
    }

    [Fact]
    public void AFinalErrorIsTakenOutOfTheResults()
    {
        var api = Api("""
            package main

            //gosdk:export
            func Div(a, b int64) (quotient, remainder int64, err error) { return }

            //gosdk:export
            func Check() error { return nil }

            //gosdk:export
            func Pair() (int, string) { return 0, "" }
            """);

        var div = api.Functions[0];
        Assert.True(div.ReturnsError);
        Assert.Equal(new[] { "quotient", "remainder" }, div.Results.Select(r => r.Name));
        Assert.Equal(new[] { "a", "b" }, div.Parameters.Select(p => p.Name));
        Assert.True(api.Functions[1].ReturnsError);
        Assert.Empty(api.Functions[1].Results);
        Assert.False(api.Functions[2].ReturnsError);
        Assert.Equal(new string?[] { null, null }, api.Functions[2].Results.Select(r => r.Name));
    }

    [Fact]
    public void ABoundFunctionKeepsItsPlaceAndDoc()
    {
        var api = Api("package main\n", "package main\n\n// Add adds.\n//gosdk:export\nfunc Add(a, _ int) int { return a }\n");

        var add = Assert.Single(api.Functions);
        Assert.Equal(("Add", "gosdk_Add", PathOf(1), 5), (add.Name, add.ExportName, add.File, add.Line));
        Assert.Equal(new[] { " Add adds.", "gosdk:export" }, add.Doc);
        Assert.Equal(new[] { "a", null }, add.Parameters.Select(p => p.Name));
        Assert.Equal(Library, api.LibraryName);
    }

    [Fact]
    public void TypesFromAnotherFileOfThePackageAreKnown()
    {
        var function = Assert.Single(Api("package main\n\ntype Celsius float64\n", "package main\n\n//gosdk:export\nfunc F(c Celsius) {}\n").Functions);

        Assert.Equal(BindingKind.Scalar, function.Parameters[0].Type.Kind);
    }

    [Theory]
    [InlineData("// gosdk:export")]
    [InlineData("/* gosdk:export */")]
    [InlineData("// Mentions gosdk:export in a sentence.")]
    public void OnlyTheDirectiveBindsAFunction(string comment)
    {
        var (api, diagnostics) = Read($"package main\n\n{comment}\nfunc F(x [4]int) {{}}\n");

        Assert.Empty(api.Functions);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AFunctionWithoutTheDirectiveIsNotBound()
    {
        var (api, diagnostics) = Read("package main\n\n// F is plain.\nfunc F(p Point) {}\n\nfunc main() {}\n");

        Assert.Empty(api.Functions);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("func F(p Point) {}", "parameter p", "Point", "a struct cannot cross by value")]
    [InlineData("func F() Point { return Point{} }", "result #1", "Point", "a struct cannot cross by value")]
    [InlineData("func F(s struct{ A int }) {}", "parameter s", "struct{A int}", "a struct cannot cross by value")]
    [InlineData("func F(a [4]int) {}", "parameter a", "[4]int", "arrays do not cross by value")]
    [InlineData("func F(g Grid) {}", "parameter g", "Grid", "arrays do not cross by value")]
    [InlineData("func F(s []string) {}", "parameter s", "[]string", "only slices of numbers cross")]
    [InlineData("func F(s [][]int) {}", "parameter s", "[][]int", "only slices of numbers cross")]
    [InlineData("func F(s []bool) {}", "parameter s", "[]bool", "only slices of numbers cross")]
    [InlineData("func F() (err error, n int) { return }", "result err", "error", "only supported as the last result")]
    [InlineData("func F(err error) {}", "parameter err", "error", "only supported as the last result")]
    [InlineData("func F(d time.Duration) {}", "parameter d", "time.Duration", "declared in package time")]
    [InlineData("func F(t Timeout) {}", "parameter t", "Timeout", "declared in package time")]
    [InlineData("func F(x C.int) {}", "parameter x", "C.int", "C types belong in hand-written //export functions")]
    [InlineData("func F() *C.char { return nil }", "result #1", "*C.char", "C types belong in hand-written //export functions")]
    [InlineData("func F(l List[int]) {}", "parameter l", "List[int]", "an instantiated generic type has no C form")]
    [InlineData("func F(l List) {}", "parameter l", "List", "a generic type has no C form")]
    [InlineData("func F(c complex128) {}", "parameter c", "complex128", "complex numbers")]
    [InlineData("func F(u Unknown) {}", "parameter u", "Unknown", "no type of that name is declared")]
    [InlineData("func F([2]int) {}", "parameter #1", "[2]int", "arrays")]
    public void ATypeThatCannotCrossIsGOSDK0720AtTheFunction(string declaration, string what, string type, string reason)
    {
        var diagnostic = OnlyDiagnostic($"package main\n\n{Types}\n\n//gosdk:export\n{declaration}\n", "GOSDK0720", 21);

        Assert.StartsWith($"//gosdk:export function F: {what} has type {type}, which cannot cross to C#: ", diagnostic.Message);
        Assert.Contains(reason, diagnostic.Message);
        Assert.Equal(1, diagnostic.Column);
    }

    [Fact]
    public void EveryUnsupportedValueOfAFunctionIsReported()
    {
        var (_, diagnostics) = Read("package main\n\n//gosdk:export\nfunc F(a [2]int, s []string) (x [3]int, err error) { return }\n");

        Assert.Equal(new[] { "parameter a", "parameter s", "result x" }, diagnostics.Select(d => d.Message.Split(" has type ")[0].Split(": ")[1]));
    }

    [Theory]
    [InlineData("func (c *Counter) F() {}", "it is a method of *Counter")]
    [InlineData("func F[T any](x T) {}", "it has type parameters")]
    [InlineData("func F(xs ...int) {}", "it is variadic")]
    [InlineData("func f(x int) {}", "its name is not exported")]
    [InlineData("func _F(x int) {}", "its name is not exported")]
    public void AFunctionThatCannotBeBoundIsGOSDK0721(string declaration, string reason)
    {
        var diagnostic = OnlyDiagnostic($"package main\n\ntype Counter struct{{}}\n\n//gosdk:export\n{declaration}\n", "GOSDK0721", 6);

        Assert.Contains(reason, diagnostic.Message);
    }

    [Fact]
    public void BothExportDirectivesAreGOSDK0721()
    {
        var diagnostic = OnlyDiagnostic("package main\n\n//export Add\n//gosdk:export\nfunc Add(a, b int) int { return a + b }\n", "GOSDK0721", 5);

        Assert.Contains("it also has an //export line", diagnostic.Message);
    }

    [Fact]
    public void AFunctionOutsidePackageMainIsGOSDK0721()
    {
        var diagnostic = OnlyDiagnostic("package calc\n\n//gosdk:export\nfunc Add(a, b int) int { return a + b }\n", "GOSDK0721", 4);

        Assert.Contains("it is in package calc", diagnostic.Message);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("[]byte")]
    [InlineData("error")]
    [InlineData("*T")]
    [InlineData("map[string]int")]
    [InlineData("any")]
    [InlineData("chan int")]
    [InlineData("func()")]
    [InlineData("Text")]
    [InlineData("(int, string)")]
    public void AHandWrittenExportReturningAGoPointerIsGOSDK0722(string results)
    {
        var diagnostic = OnlyDiagnostic($"package main\n\ntype T struct{{}}\ntype Text string\n\n//export Get\nfunc Get() {results} {{ panic(0) }}\n", "GOSDK0722", 7);

        Assert.StartsWith("//export Get returns ", diagnostic.Message);
    }

    [Theory]
    [InlineData("*C.char")]
    [InlineData("C.int")]
    [InlineData("unsafe.Pointer")]
    [InlineData("int")]
    [InlineData("(C.size_t, bool)")]
    [InlineData("Celsius")]
    [InlineData("")]
    public void AHandWrittenExportReturningCMemoryOrNumbersIsFine(string results)
    {
        var (api, diagnostics) = Read($"package main\n\ntype Celsius float64\n\n//export Get\nfunc Get(s string, p *int) {results} {{ panic(0) }}\n");

        Assert.Empty(api.Functions);
        Assert.Empty(diagnostics);
    }
}
