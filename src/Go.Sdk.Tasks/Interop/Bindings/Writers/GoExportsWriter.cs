using System.Collections.Generic;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Interop.Bindings.Model;

namespace Go.Sdk.Tasks.Interop.Bindings.Writers;

/// <summary>
/// Writes the Go file that <c>go build -overlay</c> adds to the library's main package: the runtime part
/// (Templates/bindings_runtime.go.template) and one <c>//export gosdk_&lt;Name&gt;</c> wrapper per bound function,
/// which converts its C arguments into Go values, calls the user's function, and copies the results out.
/// It names nothing in C (see the template), so cgo runs no C compiler to learn about it.
/// </summary>
public static class GoExportsWriter
{
    public static string Write(BoundApi api)
    {
        var text = new StringBuilder(Templates.GoRuntime);
        foreach (var function in api.Functions)
        {
            text.Append('\n');
            WriteWrapper(text, NativeSignature.Of(function));
        }
        return text.ToString();
    }

    private static void WriteWrapper(StringBuilder text, NativeSignature signature)
    {
        var function = signature.Function;
        var parameters = string.Join(", ", signature.Parameters.Select(p => p.Name + " " + p.GoType));
        text.Append($"// {function.ExportName} is the C entry point of {function.Name} ({System.IO.Path.GetFileName(function.File)}).\n");
        text.Append("//\n");
        text.Append($"//export {function.ExportName}\n");
        text.Append($"func {function.ExportName}({parameters}) (status {NativeSignature.StatusGoType}) {{\n");
        text.Append("\tdefer gosdkRecover(&status, failure)\n");

        var arguments = new List<string>();
        for (int i = 0; i < function.Parameters.Count; i++)
        {
            arguments.Add(Argument(text, function.Parameters[i], NativeSignature.InputName(function.Parameters[i], i)));
        }

        var received = Enumerable.Range(0, function.Results.Count).Select(i => "res_" + i).ToList();
        if (function.ReturnsError)
        {
            received.Add("err");
        }
        var call = $"{function.Name}({string.Join(", ", arguments)})";
        text.Append(received.Count == 0 ? $"\t{call}\n" : $"\t{string.Join(", ", received)} := {call}\n");
        if (function.ReturnsError)
        {
            text.Append("\tif err != nil {\n\t\treturn gosdkError(failure, err)\n\t}\n");
        }
        for (int i = 0; i < function.Results.Count; i++)
        {
            WriteResult(text, function.Results[i].Type, "res_" + i, NativeSignature.OutputName(i));
        }
        text.Append("\treturn gosdkStatusOK\n}\n");
    }

    // The Go expression the user's function receives for one parameter; a handle needs a statement first.
    private static string Argument(StringBuilder text, BoundValue value, string name)
    {
        var type = value.Type;
        string argument = type.Kind switch
        {
            BindingKind.Scalar => name,
            BindingKind.Bool => name + " != 0",
            // Both copy: the user's function may keep what it gets, and C# memory is only valid during the call.
            BindingKind.String => $"string(unsafe.Slice({name}, {name}_length))",
            BindingKind.Slice => $"append([]{type.Scalar!.GoName}(nil), unsafe.Slice({name}, {name}_length)...)",
            _ => "arg_" + name.Substring(3),
        };
        if (type.Kind == BindingKind.Handle)
        {
            // A type assertion that fails panics with Go's own message, which reaches C# as a GoPanicException.
            text.Append($"\tvar {argument} {type.GoSpelling}\n");
            text.Append($"\tif value := gosdkHandleValue({name}); value != nil {{\n\t\t{argument} = value.({type.GoSpelling})\n\t}}\n");
            return argument;
        }
        if (type.Kind == BindingKind.Slice && type.IsConverted)
        {
            // No conversion turns []float64 into []Celsius (the element types differ); the copy's memory is the same, so it is reinterpreted.
            var copy = "arg_" + name.Substring(3);
            text.Append($"\t{copy} := {argument}\n");
            return $"*(*{type.GoSpelling})(unsafe.Pointer(&{copy}))";
        }
        return type.IsConverted ? $"{Parenthesized(type.GoSpelling)}({argument})" : argument;
    }

    private static void WriteResult(StringBuilder text, BindingType type, string result, string output)
    {
        switch (type.Kind)
        {
            case BindingKind.Scalar:
                text.Append($"\t*{output} = {(type.IsConverted ? $"{type.Scalar!.GoName}({result})" : result)}\n");
                break;
            case BindingKind.Bool:
                text.Append($"\t*{output} = gosdkBool({(type.IsConverted ? $"bool({result})" : result)})\n");
                break;
            case BindingKind.String:
                text.Append($"\t(*gosdkBytes)({output}).setString({(type.IsConverted ? $"string({result})" : result)})\n");
                break;
            case BindingKind.Slice:
                text.Append($"\tif len({result}) > 0 {{\n");
                text.Append($"\t\t(*gosdkBytes)({output}).setBytes(unsafe.Slice((*byte)(unsafe.Pointer(&{result}[0])), len({result})*int(unsafe.Sizeof({result}[0]))), len({result}))\n");
                text.Append("\t}\n");
                break;
            case BindingKind.Handle:
                text.Append($"\t*{output} = gosdkNewHandle({result}, {result} == nil)\n");
                break;
        }
    }

    // A conversion to a type that starts with an operator ("*T", "[]T") needs parentheses.
    private static string Parenthesized(string type) => char.IsLetter(type[0]) ? type : "(" + type + ")";
}
