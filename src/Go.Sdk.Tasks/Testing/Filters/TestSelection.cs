using System.Collections.Generic;

namespace Go.Sdk.Tasks.Testing.Filters;

/// <summary>
/// What go test should run for a <c>--filter</c>: <see cref="Run"/> for <c>-run</c>, <see cref="Skip"/> for
/// <c>-skip</c> (null = do not pass the flag), and <see cref="Packages"/>, the import paths the filter pins with
/// <c>FullyQualifiedName=</c> (empty = no restriction: run the project's usual packages).
/// </summary>
public sealed record TestSelection(string? Run, string? Skip, IReadOnlyList<string> Packages)
{
    public static TestSelection All { get; } = new(null, null, System.Array.Empty<string>());
}
