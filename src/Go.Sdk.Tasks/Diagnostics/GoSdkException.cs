using System;

namespace Go.Sdk.Tasks.Diagnostics;

/// <summary>Bad input or a failed step that the user can fix; <see cref="GoSdkTask"/> logs it as one coded error.</summary>
public sealed class GoSdkException : Exception
{
    public GoSdkException(GoSdkDiagnostic diagnostic, Exception? inner = null)
        : base($"{diagnostic.Code}: {diagnostic.Message}", inner)
    {
        Diagnostic = diagnostic;
    }

    public GoSdkDiagnostic Diagnostic { get; }
}
