namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic ReferencedMatrixLibrary(string project, string targets) => new("GOSDK0701",
        $"{project} builds a library for several targets ({targets}), so a project that references it cannot tell which one to copy next to its own output. "
        + "Build the referencing project for one RuntimeIdentifier (dotnet build -r linux-x64), or give the ProjectReference AdditionalProperties=\"RuntimeIdentifier=linux-x64\", "
        + "or reference the packed NuGet package instead, which holds every target.");
}
