using System;
using System.Security.Cryptography;
using System.Text;

namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>
/// GUIDs derived from names (SHA-256, shaped as an RFC 4122 name-based GUID), so the same tests give the same
/// TRX ids on every run and machine and golden files stay stable. One instance reuses its hash object.
/// </summary>
internal sealed class DeterministicGuid : IDisposable
{
    private readonly SHA256 _sha = SHA256.Create();

    public Guid From(string kind, string a, string b = "", int n = 0)
    {
        byte[] hash = _sha.ComputeHash(Encoding.UTF8.GetBytes(kind + "\n" + a + "\n" + b + "\n" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        byte[] bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public void Dispose() => _sha.Dispose();
}
