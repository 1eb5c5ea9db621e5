namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic ReferencedMatrixLibrary(string project, string targets) => new("GOSDK0701",
        $"{project} builds a library for several targets ({targets}), so a project that references it cannot tell which one to copy next to its own output. "
        + "Build the referencing project for one RuntimeIdentifier (dotnet build -r linux-x64), or give the ProjectReference AdditionalProperties=\"RuntimeIdentifier=linux-x64\", "
        + "or reference the packed NuGet package instead, which holds every target.");

    public static GoSdkDiagnostic SignalGuardNeedsPackageFolder(string project, string package) => new("GOSDK0710",
        $"{project}: GoPackage '{package}' is not a folder, so Go.Sdk cannot add its signal guard to the library, and a .NET process that loads it may crash "
        + "with SIGSEGV during a garbage collection (docs/mixed-language.md#signals). Name the package by its folder relative to go.mod "
        + "(GoPackage=./cmd/lib), or set GoSignalGuard=false to build without the guard.");

    public static GoSdkDiagnostic BindingUnsupportedType(string function, string what, string type, string reason) => new("GOSDK0720",
        $"//gosdk:export function {function}: {what} has type {type}, which cannot cross to C#: {reason} "
        + "Supported: numbers (int8…int64, uint8…uint64, int, uint, uintptr, float32, float64), bool, string, slices of numbers, "
        + "a final error result, and pointers, maps, channels, funcs and interfaces, which cross as handles (docs/mixed-language.md#types).");

    public static GoSdkDiagnostic BindingUnsupportedFunction(string function, string reason) => new("GOSDK0721",
        $"//gosdk:export cannot bind {function}: {reason}");

    public static GoSdkDiagnostic ExportReturnsGoPointer(string function, string type) => new("GOSDK0722",
        $"//export {function} returns {type}, which holds a Go pointer: cgo lets it compile, then the call panics with \"cgo result is unpinned Go pointer\". "
        + $"Write //gosdk:export instead of //export {function} (Go.Sdk generates a wrapper that copies the result out and a C# method that returns it as a .NET value), "
        + "or return C memory yourself (C.CString, C.malloc) with a function that frees it.");

    public static GoSdkDiagnostic BindingHeaderMismatch(string header, string expected, string found) => new("GOSDK0723",
        $"The header cgo wrote ({header}) does not declare what the generated C# calls: expected '{expected}', found '{found}'. "
        + "The Go wrappers and the C# bindings were generated from different sources; rebuild the library (dotnet build --no-incremental), "
        + "and report it if it persists.");

    public static GoSdkDiagnostic BindingSourceUnreadable(string reason) => new("GOSDK0725",
        $"Go.Sdk could not read this file's declarations to generate C# bindings: {reason}. If `go build` accepts the file, "
        + "set GoBindings=false to build without bindings, and report the declaration that was not understood.");

    public static GoSdkDiagnostic BindingNameClash(string name, string other) => new("GOSDK0726",
        $"The C# bindings would declare {name} twice ({other}). Rename one of the Go declarations, or set GoBindingsClassName to another class name.");

    public static GoSdkDiagnostic BindingsReferencesMissing(string framework, string directory) => new("GOSDK0727",
        $"The reference assemblies of {framework}, which the C# bindings are compiled against, are not in {directory}. "
        + "Restore the project (dotnet restore, or build without --no-restore) from a NuGet source that has Microsoft.NETCore.App.Ref, "
        + "or set GoBindingsTargetFramework to a framework whose reference pack your sources have, or GoBindings=false.");

    public static GoSdkDiagnostic SeveralGoRuntimes(string project, string libraries) => new("GOSDK0724",
        $"{project} uses several Go libraries ({libraries}): each carries its own Go runtime, and Go does not support two in one process "
        + "(the second one to load may crash or hang it). Put the Go code this app needs into one Go library (it may use the others' Go packages "
        + "through ProjectReferences between the .goproj files), or set GoSdkCheckOneGoRuntime=false if the libraries never load in the same process.");
}
