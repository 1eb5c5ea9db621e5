using System.Reflection;

namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>Where this repository was when the tests were built: the package and the samples come from there.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryRootAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public static string Value =>
        typeof(RepositoryRootAttribute).Assembly.GetCustomAttribute<RepositoryRootAttribute>()!.Path;
}
