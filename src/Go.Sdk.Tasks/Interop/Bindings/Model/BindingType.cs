namespace Go.Sdk.Tasks.Interop.Bindings.Model;

/// <summary>How a value crosses between C# and Go (docs/mixed-language.md#types).</summary>
public enum BindingKind
{
    /// <summary>A number, by value.</summary>
    Scalar,
    /// <summary>A Go <c>bool</c>: one byte across, C# <c>bool</c>.</summary>
    Bool,
    /// <summary>A Go <c>string</c>: UTF-8 bytes and a length, copied on each side.</summary>
    String,
    /// <summary>A slice of numbers: a pointer and a length in, C-allocated memory out; C# spans in, arrays out.</summary>
    Slice,
    /// <summary>A Go value that cannot be copied across (pointer, map, chan, func, interface): a <c>runtime/cgo.Handle</c>.</summary>
    Handle,
}

/// <summary>
/// A Go type as the bindings carry it. <see cref="GoSpelling"/> is the type as the user's signature writes it (a named
/// type such as <c>Celsius</c> is converted to and from <see cref="Scalar"/>); <see cref="Scalar"/> is the number type
/// of a scalar or a slice's element; <see cref="HandleClass"/> is the C# class of a handle (null: the generic
/// <c>GoHandle</c>).
/// </summary>
public sealed record BindingType(BindingKind Kind, string GoSpelling, ScalarType? Scalar = null, string? HandleClass = null)
{
    /// <summary>Whether the Go wrapper must convert between the user's type and the one it passes across.</summary>
    public bool IsConverted => Kind switch
    {
        BindingKind.Scalar => GoSpelling != Scalar!.GoName,
        BindingKind.Bool => GoSpelling != "bool",
        BindingKind.String => GoSpelling != "string",
        BindingKind.Slice => GoSpelling != "[]" + Scalar!.GoName,
        _ => false,
    };
}
