using System.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

/// <summary>
/// A folder nobody may write into for the length of a test. Mode 0555 is enough for ordinary users; root ignores
/// modes, so there the folder is also made immutable with <c>chattr +i</c>.
/// </summary>
// Exec bits and read-only folders are Unix notions; these tests run on the Linux build machines.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    private ReadOnlyFolder(string path, bool immutable)
    {
        _path = path;
        _immutable = immutable;
    }

    public static ReadOnlyFolder Create(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        bool immutable = false;
        if (IsWritable(path))
        {
            Run("chattr", "+i", path);
            immutable = true;
        }
        if (IsWritable(path))
        {
            throw new InvalidOperationException($"'{path}' stays writable for this user even after chmod 0555 and chattr +i; the test cannot run here.");
        }
        return new ReadOnlyFolder(path, immutable);
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Run("chattr", "-i", _path);
        }
        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool IsWritable(string path)
    {
        var probe = Path.Combine(path, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
    }
}
