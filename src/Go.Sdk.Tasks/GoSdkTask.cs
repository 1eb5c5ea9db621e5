using System;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks;

/// <summary>
/// Base of every Go.Sdk task: <see cref="Execute"/> runs <see cref="ExecuteCore"/> and turns a
/// <see cref="GoSdkException"/> into one coded MSBuild error, so a task never reports a stack trace for bad input.
/// </summary>
public abstract class GoSdkTask : Task, ICancelableTask
{
    private readonly System.Threading.CancellationTokenSource _cancellation = new();

    /// <summary>Signalled when the build is cancelled (Ctrl+C); long-running work must observe it.</summary>
    protected System.Threading.CancellationToken CancellationToken => _cancellation.Token;

    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (GoSdkException e)
        {
            LogError(e.Diagnostic);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            // MSBuild reports the cancellation itself; logging an error here would only add noise.
            return false;
        }
        return !Log.HasLoggedErrors;
    }

    public void Cancel() => _cancellation.Cancel();

    protected abstract void ExecuteCore();

    protected void LogError(GoSdkDiagnostic d) =>
        Log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);

    protected void LogWarning(GoSdkDiagnostic d) =>
        Log.LogWarning(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, d.Message);
}
