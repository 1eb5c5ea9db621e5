namespace Go.Sdk.Tasks.Diagnostics;

/// <summary>One coded message, optionally tied to a place in a file (line and column are 1-based, 0 = unknown).</summary>
public sealed record GoSdkDiagnostic(string Code, string Message, string? File = null, int Line = 0, int Column = 0);
