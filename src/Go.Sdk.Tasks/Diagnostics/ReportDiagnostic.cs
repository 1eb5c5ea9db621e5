using System;
using System.Linq;
using System.Reflection;

namespace Go.Sdk.Tasks.Diagnostics;

/// <summary>
/// Reports one of <see cref="Messages"/> from a target, so that targets never carry message text of their own:
/// <c>&lt;ReportGoSdkDiagnostic Name="CannotRunLibrary" Arguments="$(MSBuildProjectName);$(GoBuildMode)" /&gt;</c>.
/// </summary>
public sealed class ReportGoSdkDiagnostic : GoSdkTask
{
    [Microsoft.Build.Framework.Required] public string Name { get; set; } = "";
    public string[] Arguments { get; set; } = Array.Empty<string>();
    public bool AsWarning { get; set; }

    protected override void ExecuteCore()
    {
        var factory = typeof(Messages).GetMethod(Name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"Messages has no '{Name}'.", nameof(Name));
        var parameters = factory.GetParameters();
        if (parameters.Length != Arguments.Length || parameters.Any(p => p.ParameterType != typeof(string)))
        {
            throw new ArgumentException($"Messages.{Name} takes {parameters.Length} string arguments; {Arguments.Length} were given.", nameof(Arguments));
        }
        var diagnostic = (GoSdkDiagnostic)factory.Invoke(null, Arguments.Cast<object>().ToArray())!;
        if (AsWarning)
        {
            LogWarning(diagnostic);
        }
        else
        {
            LogError(diagnostic);
        }
    }
}
