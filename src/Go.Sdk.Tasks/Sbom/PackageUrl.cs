using System.Text;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Package URLs (purl) of type <c>golang</c>: <c>pkg:golang/github.com/google/uuid@v1.6.0</c>. The module path keeps its
/// case — Go module paths are case-sensitive (<c>github.com/Azure/…</c>) and vulnerability scanners match them as
/// written — although the purl type definition, which predates modules, asks for lower case. Every character outside
/// the unreserved set is percent-encoded, so <c>v2.0.0+incompatible</c> becomes <c>v2.0.0%2Bincompatible</c>.
/// </summary>
public static class PackageUrl
{
    /// <param name="version">Empty for no version.</param>
    public static string Golang(string modulePath, string version)
    {
        var purl = new StringBuilder("pkg:golang/");
        var segments = modulePath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0)
            {
                continue;
            }
            if (purl[purl.Length - 1] != '/')
            {
                purl.Append('/');
            }
            AppendEncoded(purl, segments[i]);
        }
        if (version.Length > 0)
        {
            purl.Append('@');
            AppendEncoded(purl, version);
        }
        return purl.ToString();
    }

    private static void AppendEncoded(StringBuilder purl, string text)
    {
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'_' or (byte)'~')
            {
                purl.Append((char)b);
            }
            else
            {
                purl.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
