namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>The real `dotnet` CLI.</summary>
public static class DotNet
{
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Command.Run("dotnet", arguments, workingDirectory, environment, TimeSpan.FromMinutes(10));
}
