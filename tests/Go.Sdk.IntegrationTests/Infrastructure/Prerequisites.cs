namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// The Go toolchains the tests build with (Debian packages, see eng/install-prerequisites.sh). A missing one fails
/// the run with a message: a test that silently skips proves nothing.
/// </summary>
public static class Prerequisites
{
    public static readonly string[] GoVersions = ["1.21.13", "1.22.12", "1.23.5", "1.24.4"];

    public static string GoRoot(string version)
    {
        var family = string.Join('.', version.Split('.').Take(2));
        return $"/usr/lib/go-{family}";
    }

    public static void Check()
    {
        var missing = GoVersions
            .Where(v => !File.Exists(Path.Combine(GoRoot(v), "VERSION"))
                || File.ReadLines(Path.Combine(GoRoot(v), "VERSION")).First() != "go" + v)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Go {string.Join(", ", missing)} not installed as expected under /usr/lib/go-X.Y. Run eng/install-prerequisites.sh first.");
        }
    }
}
