using System.Collections.Generic;

namespace Go.Sdk.Tasks.Interop.Bindings.Model;

/// <summary>A parameter or a result: its Go name (null when the signature names none) and how it crosses.</summary>
public sealed record BoundValue(string? Name, BindingType Type);

/// <summary>
/// One <c>//gosdk:export</c> function: the description both writers (Go wrappers, C# methods) and the header check read.
/// <see cref="Results"/> leaves out a final <c>error</c>, which <see cref="ReturnsError"/> records.
/// </summary>
public sealed record BoundFunction(
    string Name,
    IReadOnlyList<string> Doc,
    IReadOnlyList<BoundValue> Parameters,
    IReadOnlyList<BoundValue> Results,
    bool ReturnsError,
    string File,
    int Line)
{
    /// <summary>The C symbol of its wrapper.</summary>
    public string ExportName => "gosdk_" + Name;
}

/// <summary>The API of one Go library: its functions, the handle classes they use, and the native library's name.</summary>
public sealed record BoundApi(string LibraryName, IReadOnlyList<BoundFunction> Functions, IReadOnlyList<string> HandleClasses);
