using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Interop.Bindings.Model;
using Go.Sdk.Tasks.Interop.Bindings.Parsing;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

/// <summary>Reads the bound API of Go sources given as text, as GenerateGoBindings reads a package's files.</summary>
internal static class BoundApiSources
{
    public const string Library = "calc";

    /// <summary>The path a source at <paramref name="index"/> is read from: diagnostics name it.</summary>
    public static string PathOf(int index) => $"/src/calc/file{index}.go";

    public static (BoundApi Api, IReadOnlyList<GoSdkDiagnostic> Diagnostics) Read(params string[] sources) =>
        BoundApiReader.Read(Library, sources.Select((source, i) => GoDeclarationParser.Parse(PathOf(i), source)).ToList());

    /// <summary>The API of sources that must bind without a diagnostic.</summary>
    public static BoundApi Api(params string[] sources)
    {
        var (api, diagnostics) = Read(sources);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => $"{d.Code} {d.Message}")));
        return api;
    }

    /// <summary>The one function that <paramref name="declaration"/> binds, in package main beside <paramref name="types"/>.</summary>
    public static BoundFunction Function(string declaration, string types = "") =>
        Assert.Single(Api($"package main\n\n{types}\n\n//gosdk:export\n{declaration}\n").Functions);
}
