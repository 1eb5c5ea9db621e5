using Go.Sdk.Tasks.Tests.Toolchain.Installation;

namespace Go.Sdk.Tasks.Tests.Build;

/// <summary>A shell script standing in for <c>go</c>, for tests of what the tasks make of its output and exit code.</summary>
internal static class FakeGo
{
    public static string Write(TempFolder folder, string body)
    {
        var path = folder.Write("go", System.Text.Encoding.UTF8.GetBytes("#!/bin/sh\n" + body + "\n"));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
