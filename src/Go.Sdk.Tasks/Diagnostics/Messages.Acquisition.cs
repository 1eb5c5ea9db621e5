using System;

namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic InvalidToolchainRequest(string detail) => new("GOSDK0120",
        $"AcquireGoToolchain does not know which toolchain to get: {detail}. Pass ToolchainName (go1.22.12.linux-amd64), or Version, GoOS and GoArch.");

    public static GoSdkDiagnostic InvalidToolchainSource(string property, string value, string reason) => new("GOSDK0121",
        $"{property} '{value}' cannot be used: {reason}. Use an https:// URL, a file:// URL or a folder.");

    public static GoSdkDiagnostic PlainHttpRefused(string url) => new("GOSDK0122",
        $"'{url}' uses plain http, which lets anyone on the network see what is fetched and with which credentials. Use https, or set GoToolchainAllowHttp=true if this mirror is on a network you trust (the download is verified against a trusted checksum either way).");

    public static GoSdkDiagnostic OfflineToolchainMissing(string toolchain, string cachePath) => new("GOSDK0123",
        $"{toolchain} is not in the Go.Sdk cache ('{cachePath}' is missing or incomplete) and GoToolchainOffline=true forbids downloading it. Copy the whole folder from a machine that installed it, set GoRoot to an installed Go, or set GoToolchainOffline=false (a GoToolchainMirror folder or file:// URL then works without a network).");

    public static GoSdkDiagnostic ProxyListOff(string toolchain, string tried) => new("GOSDK0124",
        $"GoToolchainProxy reaches 'off' before any entry served {toolchain} (tried: {tried}), so no download is allowed. Remove 'off', add an entry that serves golang.org/toolchain, or clear GoToolchainProxy to use GoToolchainMirror.");

    public static GoSdkDiagnostic ToolchainNotServed(string toolchain, string tried) => new("GOSDK0125",
        $"No source serves {toolchain}. Tried: {tried}. Check the version and platform, or point GoToolchainMirror / GoToolchainProxy at a server that has it.");

    public static GoSdkDiagnostic DownloadFailed(string url, string reason, int attempts) => new("GOSDK0126",
        $"Downloading '{url}' failed after {attempts} attempt(s): {reason}. Check the network, proxy (HTTPS_PROXY, NO_PROXY) and mirror, or raise the timeouts; nothing was added to the cache.");

    public static GoSdkDiagnostic DownloadRetrying(string url, string reason, int attempt, int attempts, TimeSpan delay) => new("GOSDK0127",
        $"Downloading '{url}' failed ({reason}); retrying in {delay.TotalSeconds:0.#} s (attempt {attempt + 1} of {attempts}).");

    public static GoSdkDiagnostic DownloadRefused(string url, int status, string reason) => new("GOSDK0128",
        $"'{url}' answered {status} {reason}. For a private mirror give credentials in ~/.netrc (or the file NETRC names) or through GoToolchainAuthorizationVariable; otherwise check the URL.");

    public static GoSdkDiagnostic LockTimeout(string toolchain, string lockFile, TimeSpan waited) => new("GOSDK0129",
        $"Waited {waited.TotalSeconds:0} s for another build to finish installing {toolchain} (it holds '{lockFile}'). If that build is stuck, stop it; if none is running, raise GoToolchainLockTimeout.");

    public static GoSdkDiagnostic CacheNotWritable(string path, string reason) => new("GOSDK0130",
        $"The Go.Sdk cache '{path}' cannot be written: {reason}. Set GoSdkHome (or the GOSDK_HOME environment variable) to a folder this user may write, or set GoRoot to an installed Go.");

    public static GoSdkDiagnostic UnsafeArchiveEntry(string archive, string entry, string reason) => new("GOSDK0131",
        $"'{archive}' holds the entry '{entry}', which {reason}; nothing was installed. The archive is not a Go toolchain as published: get it from another mirror.");

    public static GoSdkDiagnostic UnreadableArchive(string archive, string reason) => new("GOSDK0132",
        $"'{archive}' could not be unpacked: {reason}; nothing was installed. The mirror may serve a damaged file.");

    public static GoSdkDiagnostic NotAToolchainArchive(string archive, string reason) => new("GOSDK0133",
        $"'{archive}' passed verification but does not unpack to a Go toolchain: {reason}; nothing was installed. The trusted checksum names a different file than its name says: correct GoToolchainChecksums or GoToolchainSha256.");

    public static GoSdkDiagnostic ReplacingDamagedInstall(string goRoot, string reason) => new("GOSDK0134",
        $"The cached toolchain '{goRoot}' is incomplete or was changed after it was installed ({reason}); it is being replaced.");

    public static GoSdkDiagnostic AuthorizationVariableUnset(string variable) => new("GOSDK0135",
        $"GoToolchainAuthorizationVariable names '{variable}', but that environment variable is not set. Set it to a token (sent as 'Bearer <token>') or to user:password (sent as basic credentials), or clear GoToolchainAuthorizationVariable.");

    public static GoSdkDiagnostic InvalidNetrc(string path, int line, string detail) => new("GOSDK0139",
        $"The netrc file could not be read: {detail}. Fix it, or point the NETRC environment variable at another file.", path, line);
}
