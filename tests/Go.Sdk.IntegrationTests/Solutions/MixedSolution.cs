using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Solutions;

/// <summary>
/// A folder with C# and Go side by side: two independent Go programs (a, b), a Go module with three passing tests
/// that depends on b (calc), a C# program that depends on a (app), and a C# xunit project with two passing tests (tests).
/// </summary>
public static class MixedSolution
{
    public static readonly string[] Projects = ["a/a.goproj", "b/b.goproj", "calc/calc.goproj", "app/app.csproj", "tests/tests.csproj"];

    public static TestProject Create(GoSdkFixture fixture, string name)
    {
        var project = fixture.CreateProject(name);
        project.WriteHelloModule("a", greeting: "a says");
        project.WriteHelloModule("b", greeting: "b says");

        project.WriteFile("calc/go.mod", "module example.com/calc\n\ngo 1.21\n");
        project.WriteFile("calc/calc.go", """
            package main

            import "fmt"

            func Add(a, b int) int { return a + b }

            func main() { fmt.Println(Add(1, 2)) }
            """);
        project.WriteFile("calc/calc_test.go", """
            package main

            import "testing"

            func TestAdd(t *testing.T) {
            	if Add(1, 2) != 3 {
            		t.Fatal("1 + 2")
            	}
            }

            func TestAddZero(t *testing.T) {
            	if Add(0, 0) != 0 {
            		t.Fatal("0 + 0")
            	}
            }

            func TestAddNegative(t *testing.T) {
            	if Add(-1, -2) != -3 {
            		t.Fatal("-1 + -2")
            	}
            }
            """);
        // A Go project may order itself after another one the same way.
        project.WriteGoProject("calc/calc.goproj", """
              <PropertyGroup><GoVersion>1.22.12</GoVersion></PropertyGroup>
              <ItemGroup><ProjectReference Include="../b/b.goproj" ReferenceOutputAssembly="false" /></ItemGroup>
            """);

        // ReferenceOutputAssembly="false": only the build order, no copy of a's binary.
        project.WriteFile("app/app.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../a/a.goproj" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("app/Program.cs", "System.Console.WriteLine(\"Hello from C#\");\n");

        XunitProject.Write(project, "tests/tests.csproj");
        project.WriteFile("tests/ArithmeticTests.cs", """
            namespace Tests;

            public class ArithmeticTests
            {
                [Xunit.Fact]
                public void Adds() => Xunit.Assert.Equal(4, 2 + 2);

                [Xunit.Fact]
                public void Multiplies() => Xunit.Assert.Equal(6, 2 * 3);
            }
            """);
        return project;
    }

    /// <summary>A fourth Go test, failing, in calc.</summary>
    public static void AddFailingGoTest(TestProject project) =>
        project.WriteFile("calc/broken_test.go", """
            package main

            import "testing"

            func TestAddIsBroken(t *testing.T) {
            	t.Fatalf("Add(2, 2) = %d, want 5", Add(2, 2))
            }
            """);
}
