namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// A package fetched to disk, with the SHA-256 of the bytes as they were written: hashing while the bytes pass
/// spares verification a second read of the whole file.
/// </summary>
/// <param name="Path">The downloaded file.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of its content.</param>
public sealed record DownloadedFile(string Path, string Sha256);
