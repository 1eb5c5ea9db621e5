namespace Go.Sdk.Tasks.Publishing;

/// <summary>The CRC-32 of gzip and zip (IEEE 802.3, reflected, polynomial 0xEDB88320), computed incrementally.</summary>
internal sealed class Crc32
{
    private static readonly uint[] Table = BuildTable();

    private uint _state = 0xFFFFFFFF;

    public uint Value => ~_state;

    public void Update(byte[] buffer, int offset, int count)
    {
        var state = _state;
        for (var i = offset; i < offset + count; i++)
        {
            state = Table[(state ^ buffer[i]) & 0xFF] ^ (state >> 8);
        }
        _state = state;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
