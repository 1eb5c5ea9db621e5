using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

/// <summary>
/// Generated C# bindings (docs/mixed-language.md#bindings): a Go library whose plain exported functions carry
/// //gosdk:export, called from a C# app through a ProjectReference with no declaration written by hand.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class BindingsTests(GoSdkFixture fixture)
{
    private const string Library = """
        // Package main is a Go library for .NET: every kind of value the bindings carry.
        package main

        import (
        	"errors"
        	"fmt"
        	"strings"
        )

        // Add returns the sum of a and b.
        //
        //gosdk:export
        func Add(a, b int) int { return a + b }

        // Greet says hello to name.
        //
        // Names are <any> UTF-8 & more.
        //
        //gosdk:export
        func Greet(name string) string { return "Hello, " + name + ", from Go" }

        //gosdk:export
        func Divide(a, b int64) (quotient, remainder int64, err error) {
        	if b == 0 {
        		return 0, 0, errors.New("division by zero")
        	}
        	return a / b, a % b, nil
        }

        //gosdk:export
        func Sum(values []float64) float64 {
        	total := 0.0
        	for _, v := range values {
        		total += v
        	}
        	return total
        }

        //gosdk:export
        func Upper(data []byte) []byte { return []byte(strings.ToUpper(string(data))) }

        //gosdk:export
        func Squares(n int32) []int32 {
        	squares := make([]int32, n)
        	for i := range squares {
        		squares[i] = int32(i * i)
        	}
        	return squares
        }

        //gosdk:export
        func Crash(message string) { panic(message) }

        //gosdk:export
        func IsEven(n uint16) bool { return n%2 == 0 }

        // Celsius is a temperature.
        type Celsius float64

        //gosdk:export
        func ToFahrenheit(c Celsius) Celsius { return c*9/5 + 32 }

        // Counter stays in Go; C# holds a handle.
        type Counter struct{ n int }

        //gosdk:export
        func NewCounter(start int) *Counter { return &Counter{n: start} }

        //gosdk:export
        func Increment(c *Counter, by int) int { c.n += by; return c.n }

        //gosdk:export
        func Describe(c *Counter) (string, error) {
        	if c == nil {
        		return "", fmt.Errorf("no counter")
        	}
        	return fmt.Sprintf("counter at %d", c.n), nil
        }

        //gosdk:export
        func Lookup(m map[string]int, key string) int { return m[key] }

        //gosdk:export
        func Ages() map[string]int { return map[string]int{"gopher": 16} }

        func main() {}
        """;

    private const string App = """
        using golib;

        Console.WriteLine($"add: {Exports.Add(2, 40)}");
        Console.WriteLine($"greet: {Exports.Greet("Zoë ✓")}");
        // Results longer than the 256-byte stack buffer come back through gosdk_take.
        Console.WriteLine($"greet long: {Exports.Greet(new string('é', 300)).Count(c => c == 'é')}");
        var (q, r) = Exports.Divide(17, 5);
        Console.WriteLine($"divide: {q} r {r}");
        try { Exports.Divide(1, 0); } catch (GoException e) { Console.WriteLine($"error: {e.Message}"); }
        Console.WriteLine($"sum: {Exports.Sum([1.5, 2.5, 3.0])}");
        Console.WriteLine($"upper: {System.Text.Encoding.UTF8.GetString(Exports.Upper("bytes"u8))}");
        Console.WriteLine($"squares: {string.Join(",", Exports.Squares(5))}; none: {Exports.Squares(0).Length}; 100th: {Exports.Squares(100)[99]}");
        try { Exports.Crash("boom"); } catch (GoPanicException e) { Console.WriteLine($"panic: {e.Message}; stack: {e.GoStackTrace.Contains("main.Crash")}"); }
        Console.WriteLine($"even: {Exports.IsEven(4)} {Exports.IsEven(7)}");
        Console.WriteLine($"fahrenheit: {Exports.ToFahrenheit(100)}");
        using (var counter = Exports.NewCounter(10)!)
        {
            Exports.Increment(counter, 5);
            Console.WriteLine($"describe: {Exports.Describe(counter)}");
        }
        try { Exports.Describe(null); } catch (GoException e) { Console.WriteLine($"error: {e.Message}"); }
        using (var ages = Exports.Ages()!)
        {
            Console.WriteLine($"lookup: {Exports.Lookup(ages, "gopher")}");
        }
        var disposed = Exports.NewCounter(1)!;
        disposed.Dispose();
        try { Exports.Increment(disposed, 1); } catch (ObjectDisposedException) { Console.WriteLine("disposed: refused"); }
        """;

    private static readonly string[] ExpectedOutput =
    [
        "add: 42",
        "greet: Hello, Zoë ✓, from Go",
        "greet long: 300",
        "divide: 3 r 2",
        "error: division by zero",
        "sum: 7",
        "upper: BYTES",
        "squares: 0,1,4,9,16; none: 0; 100th: 9801",
        "panic: boom; stack: True",
        "even: True False",
        "fahrenheit: 212",
        "describe: counter at 15",
        "error: no counter",
        "lookup: 16",
        "disposed: refused",
    ];

    [Fact]
    public void EveryKindOfGoValueCrossesOnlyAnApiChangeRecompilesTheCSharpSideAndASecondGoLibraryIsWarnedOf()
    {
        var project = fixture.CreateProject("bindings");
        project.WriteFile("golib/go.mod", "module example.com/golib\n\ngo 1.22\n");
        project.WriteFile("golib/golib.go", Library);
        project.WriteGoProject("golib/golib.goproj", """
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            """);
        WriteApp(project, App);

        var build = project.DotNet("build", "app/app.csproj", "-v:n");

        MixedSample.AssertNoWarnings(build.ShouldSucceed());
        AssertOutput(project, ExpectedOutput);
        var api = File.ReadAllText(project.PathOf("golib/obj/Debug/bindings/Exports.g.cs"));
        Assert.Contains("public static (long quotient, long remainder) Divide(long a, long b)", api);
        Assert.Contains("public static nint Add(nint a, nint b)", api);
        Assert.Contains("public static Counter? NewCounter(nint start)", api);
        Assert.Contains("/// <para>Names are &lt;any&gt; UTF-8 &amp; more.</para>", api);

        // Visual Studio asks a built project for GetTargetPath: the bindings assembly is among what it returns.
        var targetPath = project.DotNet("msbuild", "golib/golib.goproj", "-getTargetResult:GetTargetPath");
        targetPath.ShouldSucceed().ShouldContain("golib.Bindings.dll");

        // A function body changes: Go builds again, the C# bindings and the app are not recompiled.
        File.WriteAllText(project.PathOf("golib/golib.go"), Library.Replace("\"Hello, \" + name", "\"Hi, \" + name"));
        var (body, bodyLog) = project.DotNetWithBinlog("build", "app/app.csproj");
        body.ShouldSucceed();
        Assert.Single(bodyLog.Tasks("GoBuild"));
        Assert.Single(bodyLog.Tasks("GenerateGoBindings"));
        Assert.True(bodyLog.WasSkippedAsUpToDate("_GoCompileBindings"));
        Assert.True(bodyLog.WasSkippedAsUpToDate("CoreCompile"), "the app's C# compile is up to date: its reference did not change");
        AssertOutput(project, ExpectedOutput.Select(l => l.Replace("Hello, Zoë", "Hi, Zoë")).ToArray());

        // The API grows: the bindings are compiled again and the app calls the new function.
        File.AppendAllText(project.PathOf("golib/golib.go"), "\n//gosdk:export\nfunc Twice(x int32) int32 { return 2 * x }\n");
        WriteApp(project, App + "\nConsole.WriteLine($\"twice: {Exports.Twice(21)}\");\n");
        var (grown, grownLog) = project.DotNetWithBinlog("build", "app/app.csproj");
        grown.ShouldSucceed();
        Assert.Single(grownLog.Tasks("Csc"), t => t.Parent is Microsoft.Build.Logging.StructuredLogger.Target { Name: "_GoCompileBindings" });
        Assert.Equal("twice: 42", project.Run("app/bin/Debug/net10.0/app").ShouldSucceed().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim());

        // Nothing changed: no Go file is read for the bindings, no `go` process starts, nothing is compiled.
        var (noop, noopLog) = project.DotNetWithBinlog("build", "app/app.csproj");
        noop.ShouldSucceed();
        Assert.Empty(noopLog.Tasks("GenerateGoBindings"));
        Assert.True(noopLog.WasSkippedAsUpToDate("_GoGenerateBindings"));
        Assert.Empty(noopLog.Tasks("GoBuild"));
        Assert.Empty(noopLog.Tasks("Csc"));
        Assert.DoesNotContain(noopLog.AllMessages, m => m.Contains("/bin/go ", StringComparison.Ordinal));

        // A second Go library in the same app: two Go runtimes in one process, which the build warns of. This one has
        // only a hand-written export, so no bindings, and the app reaches it through a C# library: it counts all the same.
        project.WriteFile("beta/go.mod", "module example.com/beta\n\ngo 1.22\n");
        project.WriteFile("beta/beta.go", "package main\n\nimport \"C\"\n\n//export BetaAnswer\nfunc BetaAnswer() C.int { return 42 }\n\nfunc main() {}\n");
        project.WriteGoProject("beta/beta.goproj", """
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            """);
        project.WriteFile("clib/clib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../beta/beta.goproj" />
              </ItemGroup>
            </Project>
            """);
        WriteApp(project, "System.Console.WriteLine(golib.Exports.Add(1, 2));\n", "<ProjectReference Include=\"../clib/clib.csproj\" />");
        project.DotNet("build", "app/app.csproj").ShouldSucceed().ShouldContain("warning GOSDK0724: app uses several Go libraries (golib, beta)");
        WriteApp(project, "System.Console.WriteLine(golib.Exports.Add(1, 2));\n", "<ProjectReference Include=\"../clib/clib.csproj\" />",
            "<GoSdkCheckOneGoRuntime>false</GoSdkCheckOneGoRuntime>");
        Assert.DoesNotContain("GOSDK0724", project.DotNet("build", "app/app.csproj").ShouldSucceed().Output);
    }

    [Fact]
    public void WhatCannotCrossIsACodedErrorAtTheGoDeclaration()
    {
        var project = fixture.CreateProject("bindings errors");
        project.WriteFile("lib/go.mod", "module example.com/lib\n\ngo 1.22\n");
        project.WriteFile("lib/lib.go", """
            package main

            import "C"

            type Point struct{ X, Y int }

            //gosdk:export
            func Origin() Point { return Point{} }

            //gosdk:export
            func Names(prefix string) []string { return []string{prefix} }

            //export Version
            func Version() string { return "1.0" }

            //export Answer
            func Answer() C.int { return 42 }

            func main() {}
            """);
        project.WriteGoProject("lib/lib.goproj", """
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            """);

        var build = project.DotNet("build", "lib/lib.goproj");

        build.ShouldFail();
        build.ShouldContain("lib.go(8,1): error GOSDK0720: //gosdk:export function Origin: result #1 has type Point")
            .ShouldContain("Pass a pointer to it: it crosses as a handle.");
        build.ShouldContain("lib.go(11,1): error GOSDK0720: //gosdk:export function Names: result #1 has type []string");
        build.ShouldContain("lib.go(14,1): error GOSDK0722: //export Version returns string");
        Assert.DoesNotContain("Answer", build.Output);
        Assert.False(File.Exists(project.PathOf("lib/bin/Debug/liblib.so")), "no library is built from bindings that cannot be generated");
    }

    private static void WriteApp(TestProject project, string program, string moreReferences = "", string moreProperties = "")
    {
        project.WriteFile("app/app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {moreProperties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../golib/golib.goproj" />
                {moreReferences}
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("app/Program.cs", program);
    }

    private static void AssertOutput(TestProject project, string[] expected) =>
        Assert.Equal(expected, project.Run("app/bin/Debug/net10.0/app").ShouldSucceed().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
