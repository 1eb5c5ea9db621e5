using System;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// The base address of a mirror or proxy as a URI ending in '/': an http(s) or file URL as given, or a folder path
/// turned into a file URL. Also the one rule for which transports may be used at all.
/// </summary>
public static class SourceLocation
{
    /// <summary>Parses <paramref name="value"/> of the property <paramref name="property"/> (for messages).</summary>
    public static Uri ParseBase(string property, string value)
    {
        var text = value.Trim();
        if (text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            string folder;
            try
            {
                folder = Path.GetFullPath(text);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                throw new GoSdkException(Messages.InvalidToolchainSource(property, value, "it is neither a URL nor a folder path"), e);
            }
            return new Uri(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar);
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new GoSdkException(Messages.InvalidToolchainSource(property, value, "it is not a valid URL"));
        }
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeFile)
        {
            throw new GoSdkException(Messages.InvalidToolchainSource(property, value, $"'{uri.Scheme}' URLs are not supported"));
        }
        return uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    /// <summary>
    /// Refuses plain http unless it stays on this machine or the project allowed it: a toolchain is verified
    /// either way, but credentials and the choice of version would travel in clear text.
    /// </summary>
    public static void CheckTransport(Uri location, bool allowHttp)
    {
        if (location.Scheme == Uri.UriSchemeHttp && !allowHttp && !location.IsLoopback)
        {
            throw new GoSdkException(Messages.PlainHttpRefused(Display(location)));
        }
    }

    /// <summary>The location as it may be logged: without user info or query, which may carry credentials.</summary>
    public static string Display(Uri location) =>
        location.IsFile ? location.LocalPath : location.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
}
