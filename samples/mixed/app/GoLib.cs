using System.Runtime.InteropServices;

namespace App;

/// <summary>The functions golib.go exports, with Go's memory rules kept on this side of the boundary.</summary>
internal static partial class GoLib
{
    // "golib" finds libgolib.so, golib.dll or libgolib.dylib next to the app.
    private const string Library = "golib";

    [LibraryImport(Library)]
    public static partial long Add(long a, long b);

    /// <summary>Go's greeting; the C string Go allocated is copied, then handed back to Go to free.</summary>
    public static string Greet(string name)
    {
        var greeting = GreetNative(name);
        try
        {
            return Marshal.PtrToStringUTF8(greeting)!;
        }
        finally
        {
            FreeString(greeting);
        }
    }

    /// <summary>Go's time.ParseDuration; Go's error becomes a <see cref="FormatException"/>.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        if (ParseDurationNative(text, out var nanoseconds, out var message) != 0)
        {
            try
            {
                throw new FormatException(Marshal.PtrToStringUTF8(message));
            }
            finally
            {
                FreeString(message);
            }
        }
        return TimeSpan.FromTicks(nanoseconds / 100);
    }

    [LibraryImport(Library, EntryPoint = "Greet", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GreetNative(string name);

    [LibraryImport(Library, EntryPoint = "ParseDuration", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ParseDurationNative(string text, out long nanoseconds, out IntPtr message);

    [LibraryImport(Library)]
    private static partial void FreeString(IntPtr text);
}
