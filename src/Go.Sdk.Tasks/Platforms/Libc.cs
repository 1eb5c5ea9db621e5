namespace Go.Sdk.Tasks.Platforms;

/// <summary>The C library a Linux target links against when CGO is on; only Linux offers the choice.</summary>
public enum Libc
{
    /// <summary>glibc: the default of Debian, Ubuntu, Fedora and the .NET <c>linux-*</c> RIDs.</summary>
    Gnu,

    /// <summary>musl: Alpine and the <c>linux-musl-*</c> RIDs; Go.Sdk links it statically.</summary>
    Musl,
}
