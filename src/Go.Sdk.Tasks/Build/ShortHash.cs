using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Go.Sdk.Tasks.Build;

/// <summary>The first bytes of a text's SHA-256 in hex: enough to tell two versions of a cache entry apart.</summary>
internal static class ShortHash
{
    public static string Of(string text, int bytes)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return hex.ToString();
    }
}
