namespace Go.Sdk.UpdateChecksums;

/// <summary>The updater's command line. Everything that names a host can be overridden, so tests and mirrors work offline.</summary>
public sealed record UpdateOptions(string OutputDirectory, string IndexLocation, bool IndexIsFile, string SumDbBase, bool SkipSumDb)
{
    public const string DefaultIndexUrl = "https://go.dev/dl/?mode=json&include=all";

    public const string Usage = """
        update-checksums [--index-url URL | --from-file FILE] [--sumdb URL | --skip-sumdb] [--output DIR]

          --index-url URL   the release index to read (default: https://go.dev/dl/?mode=json&include=all)
          --from-file FILE  read a saved copy of the release index instead (offline)
          --sumdb URL       the Go checksum database for module zips (default: https://sum.golang.org)
          --skip-sumdb      keep go-toolchain-modules.sum as it is; ask no checksum database
          --output DIR      the manifest folder (default: src/Go.Sdk/checksums of the repository around the
                            current directory)

        Existing lines are always kept; new releases are added; a changed checksum stops the update.
        """;

    /// <param name="currentDirectory">Where the default output folder is searched from (the repository holding GoSdk.sln).</param>
    public static UpdateOptions Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        string? output = null, index = null, sumDb = null;
        bool indexIsFile = false, skipSumDb = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--index-url":
                    index = ValueOf(args, ref i);
                    indexIsFile = false;
                    break;
                case "--from-file":
                    index = Path.GetFullPath(ValueOf(args, ref i), currentDirectory);
                    indexIsFile = true;
                    break;
                case "--sumdb":
                    sumDb = ValueOf(args, ref i);
                    break;
                case "--skip-sumdb":
                    skipSumDb = true;
                    break;
                case "--output":
                    output = Path.GetFullPath(ValueOf(args, ref i), currentDirectory);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return new UpdateOptions(
            output ?? DefaultOutput(currentDirectory),
            index ?? DefaultIndexUrl,
            indexIsFile,
            sumDb ?? SumDbClient.DefaultBase,
            skipSumDb);
    }

    private static string ValueOf(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"'{args[i - 1]}' needs a value.");

    private static string DefaultOutput(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoSdk.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Go.Sdk", "checksums");
            }
        }
        throw new ArgumentException($"No GoSdk.sln above '{from}': run from inside the repository, or pass --output.");
    }
}
