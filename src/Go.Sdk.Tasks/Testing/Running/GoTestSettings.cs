using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Testing.Running;

/// <summary>
/// What one <c>go test</c> run should do, as the project set it: packages, flags and coverage. The filter has already
/// been translated (<see cref="Filters.TestSelection"/>); <see cref="GoTestArguments"/> turns all of it into arguments.
/// </summary>
public sealed class GoTestSettings
{
    /// <summary>Package patterns, <c>./...</c> when none are given.</summary>
    public IReadOnlyList<string> Packages { get; init; } = Array.Empty<string>();

    /// <summary>Further flags as the user wrote them (GoTestFlags), split like GOFLAGS.</summary>
    public string? Flags { get; init; }

    /// <summary>A Go duration for <c>-timeout</c> (<c>90s</c>, <c>10m</c>); Go's own 10 minutes when empty.</summary>
    public string? Timeout { get; init; }

    public bool Race { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary><c>-mod</c> value (readonly, vendor, mod), or empty to leave it to Go.</summary>
    public string? ModMode { get; init; }

    /// <summary>Where <c>-coverprofile</c> writes; coverage is off when null.</summary>
    public string? CoverProfile { get; init; }

    /// <summary><c>-covermode</c>: set, count or atomic.</summary>
    public string CoverMode { get; init; } = "atomic";

    /// <summary><c>-coverpkg</c> patterns: which packages every test binary measures.</summary>
    public IReadOnlyList<string> CoverPackages { get; init; } = Array.Empty<string>();
}
