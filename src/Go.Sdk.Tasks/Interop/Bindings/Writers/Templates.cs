using System.IO;

namespace Go.Sdk.Tasks.Interop.Bindings.Writers;

/// <summary>The fixed parts of the generated files, embedded from Interop/Bindings/Templates.</summary>
internal static class Templates
{
    public static string GoRuntime => Read("bindings_runtime.go.template");

    public static string CSharpRuntime => Read("GoRuntime.cs.template");

    private static string Read(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("Go.Sdk.Tasks.Interop.Bindings.Templates." + name)
            ?? throw new FileNotFoundException("Go.Sdk.Tasks was built without its bindings template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
