namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic ModuleDownloadFailed(int exitCode, string detail) => new("GOSDK0620",
        $"'go mod download' exited with code {exitCode}: {detail}. Fix what Go reports; 'go mod download -x' in the module folder shows each request.");

    public static GoSdkDiagnostic ModuleNotFound(string module, string detail, string proxy) => new("GOSDK0621",
        $"Module {module} was not found: {detail}. Check that go.mod requires a version that exists ('go list -m -versions {PathOf(module)}'), or publish it to the module proxy ({proxy}); GoProxy sets which proxies are asked.");

    public static GoSdkDiagnostic ModuleChecksumMismatch(string module, string recorded, string downloaded) => new("GOSDK0622",
        $"The download of {module} does not match go.sum: go.sum records {recorded}, the proxy served {downloaded}. The content of a published version must never change, so find out why it did (a re-tagged version, a proxy that alters modules) before trusting it; only if the new content is intended, delete the module's lines from go.sum and run 'go mod download {module}'.");

    public static GoSdkDiagnostic ModuleCredentialsRequired(string module, string detail) => new("GOSDK0623",
        $"Access to module {module} was refused: {detail}. For a private module, set GoPrivate to its path pattern (e.g. 'corp.example.com/*') so it is neither looked up in the public checksum database nor fetched through a public proxy, and give Go credentials: a netrc file with a 'machine <host> login <user> password <token>' line (~/.netrc, or GoNetrc pointing at one; Go sends netrc credentials over https only), credentials in an https GoProxy URL, or a git credential helper. Go.Sdk never waits for a password prompt.");

    public static GoSdkDiagnostic ModuleProxyUnreachable(string module, string detail, string proxy) => new("GOSDK0624",
        $"The module proxy could not be reached for {module}: {detail}. Check GoProxy ({proxy}), the network and any HTTPS_PROXY setting; on an agent without internet, point GoProxy at an internal or file:// proxy that holds the modules, or vendor them ('go mod vendor').");

    public static GoSdkDiagnostic ModuleLookupDisabled(string module) => new("GOSDK0625",
        $"Module {module} is not in the module cache and GOPROXY=off forbids downloading it. Vendor the dependencies ('go mod vendor'), fill the module cache (GoModCache) before building offline, or set GoProxy to a proxy that holds the module.");

    public static GoSdkDiagnostic ModuleDownloadTimedOut(int seconds, string proxy) => new("GOSDK0626",
        $"'go mod download' did not finish within {seconds} s (GoModDownloadTimeout) and was stopped. The module proxy ({proxy}) may be down or very slow: check that it answers, or raise GoModDownloadTimeout.");

    // "example.com/m@v1.2.3" → "example.com/m", for the command that lists its versions.
    private static string PathOf(string module)
    {
        int at = module.LastIndexOf('@');
        return at > 0 ? module.Substring(0, at) : module;
    }
}
