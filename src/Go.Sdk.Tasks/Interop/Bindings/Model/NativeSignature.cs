using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Interop.Bindings.Model;

/// <summary>
/// One parameter of a wrapper's C signature, spelled for each side that names it: the Go wrapper's parameter type,
/// the type cgo's header gives it, and the C# <c>DllImport</c>'s type. <see cref="Value"/> is the bound parameter
/// or result it carries (null for the failure record).
/// </summary>
public sealed record NativeParameter(string Name, string GoType, string HeaderType, string CSharpType, BoundValue? Value, int Index);

/// <summary>
/// The C signature of a function's <c>gosdk_&lt;Name&gt;</c> wrapper. All three sides (the Go wrapper, the C#
/// <c>DllImport</c>, the header check) read it from here, so they cannot drift apart:
/// parameters by value or as pointer and length, then one pointer per result, then the failure record; the
/// return value is the status (0 ok, 1 error, 2 panic).
/// </summary>
public sealed class NativeSignature
{
    public const string StatusGoType = "int32";
    public const string StatusHeaderType = "GoInt32";

    /// <summary>
    /// How the wrapper receives a pointer to one of C#'s records (GoBytes, GoFailure): an exported Go function may not
    /// name a Go struct type, and naming a C type would make cgo run the C compiler on the wrappers' file.
    /// </summary>
    public const string RecordGoType = "unsafe.Pointer";

    public const string RecordHeaderType = "void*";

    private NativeSignature(BoundFunction function, IReadOnlyList<NativeParameter> parameters)
    {
        Function = function;
        Parameters = parameters;
    }

    public BoundFunction Function { get; }

    public IReadOnlyList<NativeParameter> Parameters { get; }

    /// <summary>The prototype cgo writes into the library's header for this wrapper (whitespace as cgo spaces it).</summary>
    public string HeaderPrototype =>
        $"extern {StatusHeaderType} {Function.ExportName}({string.Join(", ", Parameters.Select(p => p.HeaderType + " " + p.Name))});";

    public static NativeSignature Of(BoundFunction function)
    {
        var parameters = new List<NativeParameter>();
        for (int i = 0; i < function.Parameters.Count; i++)
        {
            var value = function.Parameters[i];
            var name = InputName(value, i);
            var type = value.Type;
            switch (type.Kind)
            {
                case BindingKind.Scalar:
                    parameters.Add(new(name, type.Scalar!.GoName, type.Scalar.HeaderName, type.Scalar.CSharpName, value, i));
                    break;
                case BindingKind.Bool:
                    parameters.Add(new(name, ScalarType.BoolByte.GoName, ScalarType.BoolByte.HeaderName, ScalarType.BoolByte.CSharpName, value, i));
                    break;
                case BindingKind.String:
                case BindingKind.Slice:
                    var element = type.Kind == BindingKind.String ? ScalarType.BoolByte : type.Scalar!;
                    parameters.Add(new(name, "*" + element.GoName, element.HeaderName + "*", element.CSharpName + "*", value, i));
                    parameters.Add(new(name + "_length", ScalarType.Int.GoName, ScalarType.Int.HeaderName, ScalarType.Int.CSharpName, value, i));
                    break;
                case BindingKind.Handle:
                    parameters.Add(new(name, ScalarType.UIntPtr.GoName, ScalarType.UIntPtr.HeaderName, ScalarType.UIntPtr.CSharpName, value, i));
                    break;
            }
        }
        for (int i = 0; i < function.Results.Count; i++)
        {
            var value = function.Results[i];
            var scalar = value.Type.Kind switch
            {
                BindingKind.Scalar => value.Type.Scalar!,
                BindingKind.Bool => ScalarType.BoolByte,
                BindingKind.Handle => ScalarType.UIntPtr,
                _ => null,
            };
            // A number is written through a pointer to it; a string or a slice goes back in C#'s GoBytes record.
            parameters.Add(scalar is null
                ? new(OutputName(i), RecordGoType, RecordHeaderType, "GoBytes*", value, i)
                : new(OutputName(i), "*" + scalar.GoName, scalar.HeaderName + "*", scalar.CSharpName + "*", value, i));
        }
        parameters.Add(new("failure", RecordGoType, RecordHeaderType, "GoFailure*", null, 0));
        return new NativeSignature(function, parameters);
    }

    /// <summary>The wrapper's name for parameter <paramref name="index"/>: never one of the wrapper's own names.</summary>
    public static string InputName(BoundValue value, int index) => "in_" + (value.Name ?? "arg" + index);

    public static string OutputName(int index) => "out_" + index;
}
