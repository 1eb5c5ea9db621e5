using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Modules;

/// <summary>
/// Turns a <see cref="ModuleProblem"/> into the coded error that says how to fix it. Go's text can quote a proxy
/// URL with credentials in it, so every detail passes through <see cref="SecretRedactor"/> first.
/// </summary>
public static class ModuleProblemDiagnostics
{
    /// <param name="problem">What Go reported.</param>
    /// <param name="exitCode">go's exit code, for problems no specific message covers.</param>
    /// <param name="proxy">The GOPROXY in effect, as shown to the user.</param>
    public static GoSdkDiagnostic For(ModuleProblem problem, int exitCode, string proxy)
    {
        var detail = SecretRedactor.RedactText(problem.Detail);
        var module = problem.Module ?? "a required module";
        return problem.Kind switch
        {
            ModuleProblemKind.NotFound when problem.Module is not null => Messages.ModuleNotFound(module, detail, proxy),
            ModuleProblemKind.ChecksumMismatch when problem.Recorded is not null && problem.Downloaded is not null =>
                Messages.ModuleChecksumMismatch(module, problem.Recorded, problem.Downloaded),
            ModuleProblemKind.CredentialsRequired => Messages.ModuleCredentialsRequired(module, detail),
            ModuleProblemKind.ProxyUnreachable => Messages.ModuleProxyUnreachable(module, detail, proxy),
            ModuleProblemKind.LookupDisabled => Messages.ModuleLookupDisabled(module),
            _ => Messages.ModuleDownloadFailed(exitCode, problem.Module is null ? detail : $"{module}: {detail}"),
        };
    }
}
