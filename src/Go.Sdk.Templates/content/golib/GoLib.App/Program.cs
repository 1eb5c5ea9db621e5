using System.Runtime.InteropServices;

Console.WriteLine($"Go says 2 + 3 = {NativeMethods.Add(2, 3)}");

/// <summary>The functions the Go library exports (//export in lib.go).</summary>
internal static class NativeMethods
{
    // The runtime adds the platform's prefix and extension: libGoLib.so, libGoLib.dylib, GoLib.dll.
    [DllImport("GoLib")]
    public static extern int Add(int a, int b);
}
