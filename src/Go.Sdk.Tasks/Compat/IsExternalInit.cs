#if NETFRAMEWORK
namespace System.Runtime.CompilerServices;

// Lets records and init-only setters compile for .NET Framework, which lacks this marker type.
internal static class IsExternalInit
{
}
#endif
