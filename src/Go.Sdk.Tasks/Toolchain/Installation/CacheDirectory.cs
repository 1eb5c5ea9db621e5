using System;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// File-system steps on the cache that must either work or fail with one coded message naming the folder
/// (a read-only or full GoSdkHome), never with a bare IOException.
/// </summary>
public static class CacheDirectory
{
    public static void Create(string path) => Guard(path, () => Directory.CreateDirectory(path));

    /// <summary>Runs <paramref name="step"/>, turning an I/O or permission failure on <paramref name="path"/> into <see cref="Messages.CacheNotWritable"/>.</summary>
    public static void Guard(string path, Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new GoSdkException(Messages.CacheNotWritable(path, e.Message), e);
        }
    }

    /// <summary>Deletes a folder tree if it exists, clearing read-only attributes that would stop Windows.</summary>
    public static void Delete(string path) => Guard(path, () => DeleteTree(path));

    /// <summary>
    /// <see cref="Delete"/> for clean-up after another failure, which matters more: what cannot be removed now is
    /// left for the next install of the same toolchain.
    /// </summary>
    public static void TryDelete(string path)
    {
        try
        {
            DeleteTree(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // see summary
        }
    }

    private static void DeleteTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            ClearReadOnly(new DirectoryInfo(path));
            Directory.Delete(path, recursive: true);
        }
    }

    private static void ClearReadOnly(DirectoryInfo directory)
    {
        foreach (var info in directory.EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            if (info.Attributes.HasFlag(FileAttributes.ReadOnly))
            {
                info.Attributes &= ~FileAttributes.ReadOnly;
            }
        }
    }
}
