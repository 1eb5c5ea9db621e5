using System;

namespace Go.Sdk.TestHost;

/// <summary>
/// A Go test failure as the platform carries failures: an exception. <see cref="StackTrace"/> holds .NET-shaped
/// frames (<c>   at &lt;test&gt; in &lt;file&gt;:line &lt;n&gt;</c>) for the places Go named, which <c>dotnet test</c> prints
/// under the failure and terminals turn into links.
/// </summary>
internal sealed class GoTestFailure(string message, string? stackTrace) : Exception(message)
{
    public override string? StackTrace => stackTrace;
}
