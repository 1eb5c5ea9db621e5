using System.Collections.Generic;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// One package as <c>go list -deps -json</c> describes it, reduced to what decides whether a build is up to date:
/// where it is, whether its bytes can change without go.sum changing (<see cref="IsLocal"/>), and every file of it
/// the build reads or could start reading.
/// </summary>
/// <param name="ImportPath">The package's import path.</param>
/// <param name="Directory">Its folder (absolute).</param>
/// <param name="IsLocal">
/// True for packages of the main module, of workspace modules, of local-path <c>replace</c>d modules and of the
/// vendor folder; false for the standard library and for module-cache packages, which a version pins.
/// </param>
/// <param name="ModuleDirectory">The folder of the module the package belongs to, when it is local; else null.</param>
/// <param name="Files">File names relative to <see cref="Directory"/>: Go, cgo, assembly, syso, embedded and ignored files.</param>
/// <param name="Embeds">Whether the package embeds files (//go:embed), whose patterns may match files that do not exist yet.</param>
/// <param name="Error">Go's error for this package or one of its dependencies, or null.</param>
public sealed record GoListPackage(
    string ImportPath,
    string Directory,
    bool IsLocal,
    string? ModuleDirectory,
    IReadOnlyList<string> Files,
    bool Embeds,
    string? Error);
