namespace Go.Sdk.Tasks.Diagnostics;

/// <summary>
/// Every coded message Go.Sdk reports, split into one partial file per concern
/// (<c>Messages.Project.cs</c>, <c>Messages.Toolchain.cs</c>, …). Each code is listed in docs/errors.md;
/// a unit test keeps the two in step. Ranges: 00xx project and settings, 01xx toolchain, 02xx build,
/// 03xx test, 04xx coverage, 05xx platforms and cross-compiling, 06xx vet, format, modules and SBOM.
/// </summary>
internal static partial class Messages
{
}
