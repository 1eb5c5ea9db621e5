using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Interop.Bindings.Parsing;

namespace Go.Sdk.Tasks.Interop.Bindings.Model;

/// <summary>
/// Gives the declarations of a library's main package their meaning for the bindings: which functions carry
/// <c>//gosdk:export</c>, and how each parameter and result crosses (<see cref="BindingType"/>). Anything that cannot
/// cross is a coded error at the function's line. Hand-written <c>//export</c> functions are checked too: one that
/// returns a Go pointer compiles, then panics at run time (facts: "cgo exports as seen from C#").
/// </summary>
public sealed class BoundApiReader
{
    public const string ExportDirective = "gosdk:export";

    private readonly Dictionary<string, GoTypeDeclaration> _types;
    private readonly List<GoSdkDiagnostic> _diagnostics = new();
    private readonly SortedSet<string> _handleClasses = new(StringComparer.Ordinal);

    private BoundApiReader(IEnumerable<GoSourceFile> files)
    {
        _types = new Dictionary<string, GoTypeDeclaration>(StringComparer.Ordinal);
        foreach (var type in files.SelectMany(f => f.Types))
        {
            _types[type.Name] = type;
        }
    }

    /// <summary>The bound API of <paramref name="files"/> (the Go files of one package), and what was wrong with it.</summary>
    public static (BoundApi Api, IReadOnlyList<GoSdkDiagnostic> Diagnostics) Read(string libraryName, IReadOnlyList<GoSourceFile> files)
    {
        var reader = new BoundApiReader(files);
        var functions = new List<BoundFunction>();
        foreach (var file in files)
        {
            foreach (var declaration in file.Functions)
            {
                var handWritten = declaration.Doc.FirstOrDefault(l => l.StartsWith("export ", StringComparison.Ordinal));
                bool bound = declaration.Doc.Any(l => l.Trim() == ExportDirective && !l.StartsWith(" ", StringComparison.Ordinal));
                if (bound)
                {
                    var function = reader.Bind(file, declaration, handWritten is not null);
                    if (function is not null)
                    {
                        functions.Add(function);
                    }
                }
                else if (handWritten is not null)
                {
                    reader.CheckHandWrittenExport(file, declaration);
                }
            }
        }
        return (new BoundApi(libraryName, functions, reader._handleClasses.ToList()), reader._diagnostics);
    }

    private BoundFunction? Bind(GoSourceFile file, GoFunctionDeclaration declaration, bool alsoHandWritten)
    {
        var name = declaration.Name;
        string? problem =
            file.Package != "main" ? $"it is in package {file.Package}; only a library's main package is built into the C library, so export functions from there."
            : declaration.Receiver is not null ? $"it is a method of {declaration.Receiver}. Export a function that takes the receiver as its first parameter (it crosses as a handle)."
            : declaration.IsGeneric ? "it has type parameters, and C has no generics. Export a function for each type you need."
            : !char.IsUpper(name[0]) ? "its name is not exported (it starts with a lower-case letter). Rename it to start with an upper-case letter: that is the C# method's name."
            : alsoHandWritten ? "it also has an //export line. Remove that line: Go.Sdk writes the //export wrapper itself."
            : declaration.Parameters.Any(p => p.IsVariadic) ? "it is variadic. Take a slice instead of '...'."
            : null;
        if (problem is not null)
        {
            Report(Messages.BindingUnsupportedFunction(name, problem), file, declaration);
            return null;
        }

        var results = declaration.Results.ToList();
        bool returnsError = results.Count > 0 && IsError(results[results.Count - 1].Type);
        if (returnsError)
        {
            results.RemoveAt(results.Count - 1);
        }
        var parameters = declaration.Parameters.Select((p, i) => BindValue(file, declaration, p, $"parameter {p.Name ?? "#" + (i + 1)}")).ToList();
        var boundResults = results.Select((r, i) => BindValue(file, declaration, r, $"result {r.Name ?? "#" + (i + 1)}")).ToList();
        if (parameters.Any(p => p is null) || boundResults.Any(r => r is null))
        {
            return null;
        }
        return new BoundFunction(name, declaration.Doc, parameters!, boundResults!, returnsError, file.Path, declaration.Line);
    }

    private BoundValue? BindValue(GoSourceFile file, GoFunctionDeclaration declaration, GoParameter value, string what)
    {
        var (type, reason) = Resolve(value.Type, depth: 0);
        if (type is null)
        {
            Report(Messages.BindingUnsupportedType(declaration.Name, what, value.Type.ToString(), reason!), file, declaration);
            return null;
        }
        if (type.Kind == BindingKind.Handle && type.HandleClass is not null)
        {
            _handleClasses.Add(type.HandleClass);
        }
        return new BoundValue(value.Name is null or "_" ? null : value.Name, type);
    }

    // What a type crosses as, or why it cannot cross.
    private (BindingType? Type, string? Reason) Resolve(GoTypeSyntax syntax, int depth)
    {
        var spelling = syntax.ToString();
        switch (syntax)
        {
            case GoNamedTypeSyntax { TypeArguments.Count: > 0 }:
                return (null, "an instantiated generic type has no C form. Use a non-generic type.");
            case GoNamedTypeSyntax { Package: "C" } or GoPointerTypeSyntax { Element: GoNamedTypeSyntax { Package: "C" } }:
                return (null, "C types belong in hand-written //export functions; a //gosdk:export function takes and returns Go types, and Go.Sdk converts them.");
            case GoNamedTypeSyntax { Package: not null }:
                return (null, $"it is declared in package {((GoNamedTypeSyntax)syntax).Package}, which the bindings do not read. Convert it to a basic type (time.Duration to int64), or pass a pointer to it (a handle).");
            case GoNamedTypeSyntax named:
                return ResolveName(named.Name, spelling, depth);
            case GoPointerTypeSyntax pointer:
                return (new BindingType(BindingKind.Handle, spelling, HandleClass: HandleClassOf(pointer.Element)), null);
            case GoSliceTypeSyntax slice:
                var (element, _) = Resolve(slice.Element, depth + 1);
                return element is { Kind: BindingKind.Scalar }
                    ? (new BindingType(BindingKind.Slice, spelling, element.Scalar), null)
                    : (null, "only slices of numbers cross (as C# spans and arrays). Pass the elements another way, for example a string of JSON.");
            case GoArrayTypeSyntax:
                return (null, "arrays do not cross by value. Use a slice.");
            case GoMapTypeSyntax or GoChanTypeSyntax:
                return (new BindingType(BindingKind.Handle, spelling), null);
            case GoCompositeTypeSyntax { Keyword: "struct" }:
                return (null, "a struct cannot cross by value (cgo rejects Go structs in exports). Pass a pointer to it: it crosses as a handle.");
            case GoCompositeTypeSyntax:
                return (new BindingType(BindingKind.Handle, spelling), null);
            default:
                return (null, "this kind of type is not supported.");
        }
    }

    private (BindingType? Type, string? Reason) ResolveName(string name, string spelling, int depth)
    {
        if (ScalarType.Find(name) is { } scalar && !_types.ContainsKey(name))
        {
            return (new BindingType(BindingKind.Scalar, spelling, scalar), null);
        }
        switch (name)
        {
            case "bool" when !_types.ContainsKey(name):
                return (new BindingType(BindingKind.Bool, spelling), null);
            case "string" when !_types.ContainsKey(name):
                return (new BindingType(BindingKind.String, spelling), null);
            case "any" when !_types.ContainsKey(name):
                return (new BindingType(BindingKind.Handle, spelling), null);
            case "error" when !_types.ContainsKey(name):
                return (null, "an error is only supported as the last result, where it becomes a GoException in C#.");
            case "complex64" or "complex128":
                return (null, "complex numbers have no C# counterpart across the boundary. Pass the real and imaginary parts.");
        }
        if (!_types.TryGetValue(name, out var declaration) || depth > 8)
        {
            return (null, "no type of that name is declared in the package's Go files for this target.");
        }
        if (declaration.IsGeneric)
        {
            return (null, "a generic type has no C form.");
        }
        var (underlying, reason) = Resolve(declaration.Type, depth + 1);
        if (underlying is null)
        {
            return (null, reason);
        }
        if (declaration.IsAlias)
        {
            return (underlying, null);
        }
        return underlying.Kind == BindingKind.Handle
            ? (new BindingType(BindingKind.Handle, spelling, HandleClass: name), null)
            : (underlying with { GoSpelling = spelling }, null);
    }

    // The C# class of a pointer's handle: the pointed-to type's name when the package declares it.
    private string? HandleClassOf(GoTypeSyntax element) =>
        element is GoNamedTypeSyntax { Package: null, TypeArguments.Count: 0 } named && _types.ContainsKey(named.Name) ? named.Name : null;

    private static bool IsError(GoTypeSyntax type) => type is GoNamedTypeSyntax { Package: null, Name: "error", TypeArguments.Count: 0 };

    private void CheckHandWrittenExport(GoSourceFile file, GoFunctionDeclaration declaration)
    {
        foreach (var result in declaration.Results)
        {
            if (HoldsGoPointer(result.Type, depth: 0))
            {
                Report(Messages.ExportReturnsGoPointer(declaration.Name, result.Type.ToString()), file, declaration);
                return;
            }
        }
    }

    // Whether cgo's result check fails on a value of this type: a Go pointer, or a value that holds one.
    private bool HoldsGoPointer(GoTypeSyntax type, int depth) => type switch
    {
        GoNamedTypeSyntax { Package: "C" } or GoNamedTypeSyntax { Package: "unsafe" } => false,
        GoPointerTypeSyntax { Element: GoNamedTypeSyntax { Package: "C" } } => false,
        GoPointerTypeSyntax or GoSliceTypeSyntax or GoMapTypeSyntax or GoChanTypeSyntax => true,
        GoCompositeTypeSyntax => true,
        GoNamedTypeSyntax { Package: null, Name: "string" or "error" or "any" } named when !_types.ContainsKey(named.Name) => true,
        GoNamedTypeSyntax { Package: null } named when depth < 8 && _types.TryGetValue(named.Name, out var declared) => HoldsGoPointer(declared.Type, depth + 1),
        _ => false,
    };

    private void Report(GoSdkDiagnostic diagnostic, GoSourceFile file, GoFunctionDeclaration declaration) =>
        _diagnostics.Add(diagnostic with { File = file.Path, Line = declaration.Line, Column = declaration.Column });
}
