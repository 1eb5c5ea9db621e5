using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>Where acquisition reports to; the task maps these onto MSBuild importances. Never given a secret.</summary>
public interface IAcquisitionLog
{
    /// <summary>Transfer progress and steps a user watching the build wants to see (high importance, every few seconds at most).</summary>
    void Progress(string message);

    /// <summary>Details for a diagnostic log (low importance).</summary>
    void Detail(string message);

    /// <summary>A coded warning: a retry, a damaged install being replaced.</summary>
    void Warning(GoSdkDiagnostic warning);
}
