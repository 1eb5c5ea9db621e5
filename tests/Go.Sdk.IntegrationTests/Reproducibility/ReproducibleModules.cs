using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Reproducibility;

/// <summary>The modules the reproducibility tests build: pure Go, a CGO program, and a c-shared library.</summary>
internal static class ReproducibleModules
{
    public const string PureGo = "pure";
    public const string Cgo = "cgo";
    public const string CShared = "cshared";

    /// <summary>Writes module <paramref name="kind"/> into <paramref name="folder"/>; returns what a Release build writes, relative to it.</summary>
    public static string[] Write(TestProject project, string folder, string kind)
    {
        project.WriteFile($"{folder}/go.mod", $"module example.com/{kind}\n\ngo 1.21\n");
        switch (kind)
        {
            case PureGo:
                project.WriteFile($"{folder}/main.go", "package main\n\nimport \"fmt\"\n\nvar version = \"dev\"\n\nfunc main() { fmt.Println(\"pure \" + version) }\n");
                project.WriteGoProject($"{folder}/{kind}.goproj", Properties("<Version>1.2.3</Version>") + LinkerVersion);
                return new[] { $"bin/Release/{kind}" };
            case Cgo:
                WriteAdder(project, folder);
                project.WriteFile($"{folder}/main.go", "package main\n\n// #include \"add.h\"\nimport \"C\"\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"cgo\", C.add(2, 3)) }\n");
                project.WriteGoProject($"{folder}/{kind}.goproj", Properties("<GoCgoEnabled>true</GoCgoEnabled>"));
                return new[] { $"bin/Release/{kind}" };
            default:
                WriteAdder(project, folder);
                project.WriteFile($"{folder}/lib.go", "package main\n\n// #include \"add.h\"\nimport \"C\"\n\n//export Sum\nfunc Sum(a, b C.int) C.int { return C.add(a, b) }\n\nfunc main() {}\n");
                project.WriteGoProject($"{folder}/{kind}.goproj", Properties("<OutputType>Library</OutputType><GoCgoEnabled>true</GoCgoEnabled>"));
                // The header stays in obj/: only the library is the build output.
                return new[] { $"bin/Release/lib{kind}.so", $"obj/Release/lib{kind}.h" };
        }
    }

    private const string LinkerVersion = """
          <ItemGroup>
            <GoLinkerVariable Include="main.version" Value="$(Version)" />
          </ItemGroup>
        """;

    private static string Properties(string extra) => $"""
          <PropertyGroup>
            <GoVersion>1.22.12</GoVersion>
            {extra}
          </PropertyGroup>
        """;

    private static void WriteAdder(TestProject project, string folder)
    {
        project.WriteFile($"{folder}/add.h", "int add(int a, int b);\n");
        project.WriteFile($"{folder}/add.c", "#include \"add.h\"\nint add(int a, int b) { return a + b; }\n");
    }
}
