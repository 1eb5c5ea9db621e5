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
}
