namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic UnknownFloatingVersion(string requested, string newestKnown) => new("GOSDK0101",
        $"GoVersion '{requested}' names no Go release that Go.Sdk knows (the newest it knows is {newestKnown}). Pin an exact version such as 1.22.12, or update Go.Sdk to learn newer releases.");

    public static GoSdkDiagnostic NotAGoRoot(string goRoot, string reason) => new("GOSDK0102",
        $"GoRoot '{goRoot}' is not a Go toolchain: {reason}. Point GoRoot at the folder that holds VERSION and bin/go, or remove GoRoot to let Go.Sdk find or download the toolchain.");

    public static GoSdkDiagnostic GoRootVersionMismatch(string goRoot, string found, string wanted) => new("GOSDK0103",
        $"GoRoot '{goRoot}' holds Go {found}, but GoVersion asks for {wanted}. Set GoVersion to {found}, point GoRoot at a Go {wanted} toolchain, or remove GoRoot.");

    public static GoSdkDiagnostic ToolchainNotFound(string version, string searched) => new("GOSDK0104",
        $"Go {version} was not found. Looked in: {searched}. Install Go {version} in one of those places, set GoRoot to an existing Go {version}, or let Go.Sdk download it (GoToolchainOffline=false).");

    public static GoSdkDiagnostic GoNotExecutable(string goExecutable) => new("GOSDK0105",
        $"'{goExecutable}' exists but cannot be executed. Make it executable (chmod +x), or point GoRoot at a working toolchain.");

    public static GoSdkDiagnostic NoVersionRequested(string goMod) => new("GOSDK0106",
        $"No Go version is requested: GoVersion is not set and '{goMod}' has no 'go' line. Add 'go 1.22' (or the version you use) to go.mod, or set GoVersion in the project.");
}
