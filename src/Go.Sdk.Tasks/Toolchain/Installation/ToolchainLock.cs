using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// The cross-process lock that lets exactly one build install a given toolchain while every other build (another
/// MSBuild node, another <c>dotnet build</c>) waits: <c>&lt;toolchains&gt;/.locks/&lt;name&gt;.lock</c> opened with
/// <see cref="FileShare.None"/>, which Windows enforces as a share mode and .NET on Unix as an exclusive
/// <c>flock</c>. The OS drops the lock when its holder exits, so a killed build never leaves it held. Lock files are
/// kept: deleting one while another process waits on it would let two holders in.
/// </summary>
public sealed class ToolchainLock : IDisposable
{
    // Windows reports ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION; .NET on Unix reports flock's errno,
    // EWOULDBLOCK, which is 11 on Linux and 35 on macOS and FreeBSD.
    private const int SharingViolation = 32;
    private const int LockViolation = 33;
    private const int LinuxWouldBlock = 11;
    private const int BsdWouldBlock = 35;
    // A waiter polls: .NET has no blocking flock. Trying again is one failed open, so polling often costs nothing
    // and lets waiting builds go on within moments of the install.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _file;

    private ToolchainLock(FileStream file)
    {
        _file = file;
    }

    public static string PathFor(ToolchainCache cache, ArchiveName toolchain) =>
        Path.Combine(cache.ToolchainsDirectory, ".locks", toolchain.PlatformName + ".lock");

    /// <summary>
    /// Takes the lock for <paramref name="toolchain"/>, waiting up to <paramref name="timeout"/>;
    /// <paramref name="onWaiting"/> is called once if another holder makes this call wait.
    /// </summary>
    public static ToolchainLock Acquire(ToolchainCache cache, ArchiveName toolchain, TimeSpan timeout, Action<string> onWaiting, CancellationToken cancellationToken)
    {
        var path = PathFor(cache, toolchain);
        CacheDirectory.Create(Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        bool announced = false;
        while (true)
        {
            try
            {
                return new ToolchainLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                // another build holds it: wait below
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new GoSdkException(Messages.CacheNotWritable(path, e.Message), e);
            }
            if (!announced)
            {
                onWaiting(path);
                announced = true;
            }
            if (waited.Elapsed >= timeout)
            {
                throw new GoSdkException(Messages.LockTimeout(toolchain.PlatformName, path, waited.Elapsed));
            }
            if (cancellationToken.WaitHandle.WaitOne(PollInterval))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public void Dispose() => _file.Dispose();

    private static bool IsHeldByAnother(IOException e)
    {
        int code = e.HResult & 0xFFFF;
        return HostPlatform.IsWindows
            ? code == SharingViolation || code == LockViolation
            : e.HResult == LinuxWouldBlock || e.HResult == BsdWouldBlock;
    }
}
