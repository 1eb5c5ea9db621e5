namespace Go.Sdk.Tasks.Modules;

/// <summary>Why a module could not be downloaded, as far as Go's message tells; each kind has its own remedy.</summary>
public enum ModuleProblemKind
{
    /// <summary>Not recognised: Go's own text is the explanation.</summary>
    Other,

    /// <summary>The proxy or repository has no such module or version (404, 410, unknown revision, no matching versions).</summary>
    NotFound,

    /// <summary>The downloaded content differs from the hash recorded in go.sum (or go.work.sum).</summary>
    ChecksumMismatch,

    /// <summary>The server wants credentials it did not get (401, 403, a git prompt that was refused).</summary>
    CredentialsRequired,

    /// <summary>The proxy could not be reached at all (connection refused, unknown host, network timeout).</summary>
    ProxyUnreachable,

    /// <summary>The module is not in the module cache and GOPROXY=off forbids fetching it.</summary>
    LookupDisabled,
}
