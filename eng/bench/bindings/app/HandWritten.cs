using System.Runtime.InteropServices;

namespace BindingsBench;

/// <summary>
/// handwritten.go's //export functions declared by hand, as the earlier samples/mixed/app/GoLib.cs did: a blittable
/// Add, and a string round trip with the argument marshalled as UTF-8 by the [LibraryImport] generator and the
/// result (C memory from C.CString) copied by Marshal.PtrToStringUTF8, then handed back to Go's FreeString.
/// </summary>
internal static partial class HandWritten
{
    private const string Library = "benchlib";

    [LibraryImport(Library, EntryPoint = "HandAdd")]
    public static partial int Add(int a, int b);

    public static string Echo(string text)
    {
        var result = EchoNative(text);
        try
        {
            return Marshal.PtrToStringUTF8(result)!;
        }
        finally
        {
            FreeString(result);
        }
    }

    [LibraryImport(Library, EntryPoint = "HandEcho", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr EchoNative(string text);

    [LibraryImport(Library, EntryPoint = "HandFreeString")]
    private static partial void FreeString(IntPtr text);
}
