using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Acquisition;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

/// <summary>An <see cref="IAcquisitionLog"/> that keeps everything, for assertions.</summary>
public sealed class RecordingAcquisitionLog : IAcquisitionLog
{
    public List<string> Progressed { get; } = new();
    public List<string> Details { get; } = new();
    public List<GoSdkDiagnostic> Warnings { get; } = new();

    public void Progress(string message) { lock (Progressed) Progressed.Add(message); }
    public void Detail(string message) { lock (Details) Details.Add(message); }
    public void Warning(GoSdkDiagnostic warning) { lock (Warnings) Warnings.Add(warning); }
}
