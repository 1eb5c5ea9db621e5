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
            var (goType, headerType, csharpType) = value.Type.Kind switch
            {
                BindingKind.Scalar => (value.Type.Scalar!.GoName, value.Type.Scalar.HeaderName, value.Type.Scalar.CSharpName),
                BindingKind.Bool => (ScalarType.BoolByte.GoName, ScalarType.BoolByte.HeaderName, ScalarType.BoolByte.CSharpName),
                BindingKind.Handle => (ScalarType.UIntPtr.GoName, ScalarType.UIntPtr.HeaderName, ScalarType.UIntPtr.CSharpName),
                _ => ("C.gosdk_bytes", "gosdk_bytes", "GoBytes"),
            };
            parameters.Add(new(OutputName(i), "*" + goType, headerType + "*", csharpType + "*", value, i));
        }
        parameters.Add(new("failure", "*C.gosdk_failure", "gosdk_failure*", "GoFailure*", null, 0));
        return new NativeSignature(function, parameters);
    }

    /// <summary>The wrapper's name for parameter <paramref name="index"/>: never one of the wrapper's own names.</summary>
    public static string InputName(BoundValue value, int index) => "in_" + (value.Name ?? "arg" + index);

    public static string OutputName(int index) => "out_" + index;
}
