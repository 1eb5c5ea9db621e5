using System.Collections.Generic;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>What the bindings read from one Go file: its package clause and its top-level functions and types.</summary>
public sealed record GoSourceFile(string Path, string Package, IReadOnlyList<GoFunctionDeclaration> Functions, IReadOnlyList<GoTypeDeclaration> Types);

/// <summary>
/// A top-level <c>func</c>: its doc comment lines (the text after <c>//</c>, so a directive such as <c>gosdk:export</c> has no leading space), receiver (methods),
/// whether it declares type parameters, its parameters and its results.
/// </summary>
public sealed record GoFunctionDeclaration(
    string Name,
    IReadOnlyList<string> Doc,
    GoTypeSyntax? Receiver,
    bool IsGeneric,
    IReadOnlyList<GoParameter> Parameters,
    IReadOnlyList<GoParameter> Results,
    int Line,
    int Column);

/// <summary>A parameter or result; <see cref="Name"/> is null when the list names none.</summary>
public sealed record GoParameter(string? Name, GoTypeSyntax Type, bool IsVariadic = false);

/// <summary><c>type Name Type</c>, or <c>type Name = Type</c> (an alias).</summary>
public sealed record GoTypeDeclaration(string Name, GoTypeSyntax Type, bool IsAlias, bool IsGeneric);
