using System.Collections.Generic;

namespace Go.Sdk.Tasks.Interop.Bindings.Model;

/// <summary>
/// A Go number type that crosses the boundary by value, with the C# type of the same size and the name cgo's header
/// gives it (cmd/cgo out.go: <c>int</c>, <c>uint</c> and <c>uintptr</c> are pointer-sized, like C#'s <c>nint</c>).
/// </summary>
public sealed record ScalarType(string GoName, string CSharpName, string HeaderName)
{
    private static readonly Dictionary<string, ScalarType> ByGoName = new()
    {
        ["int8"] = new("int8", "sbyte", "GoInt8"),
        ["int16"] = new("int16", "short", "GoInt16"),
        ["int32"] = new("int32", "int", "GoInt32"),
        ["int64"] = new("int64", "long", "GoInt64"),
        ["uint8"] = new("uint8", "byte", "GoUint8"),
        ["uint16"] = new("uint16", "ushort", "GoUint16"),
        ["uint32"] = new("uint32", "uint", "GoUint32"),
        ["uint64"] = new("uint64", "ulong", "GoUint64"),
        ["int"] = new("int", "nint", "GoInt"),
        ["uint"] = new("uint", "nuint", "GoUint"),
        ["uintptr"] = new("uintptr", "nuint", "GoUintptr"),
        ["float32"] = new("float32", "float", "GoFloat32"),
        ["float64"] = new("float64", "double", "GoFloat64"),
        // Go's predeclared aliases.
        ["byte"] = new("uint8", "byte", "GoUint8"),
        ["rune"] = new("int32", "int", "GoInt32"),
    };

    /// <summary>The scalar a predeclared Go type name stands for, or null.</summary>
    public static ScalarType? Find(string goName) => ByGoName.TryGetValue(goName, out var scalar) ? scalar : null;

    /// <summary>How the wrappers pass a Go <c>bool</c>: one byte, 0 or 1.</summary>
    public static ScalarType BoolByte { get; } = ByGoName["uint8"];

    /// <summary>How the wrappers pass a length or a handle.</summary>
    public static ScalarType Int { get; } = ByGoName["int"];

    public static ScalarType UIntPtr { get; } = ByGoName["uintptr"];
}
