using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using Go.Sdk.Tasks.Toolchain.Trust;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// Makes a Go toolchain available in the Go.Sdk cache and returns its GOROOT: an intact cached install is used as
/// is; otherwise the toolchain is downloaded from <see cref="Mirror"/> (official archives) or <see cref="Proxy"/>
/// (a GOPROXY serving the <c>golang.org/toolchain</c> module), verified against a checksum that did not come from
/// that server, unpacked and moved into the cache atomically. Any number of builds may ask at once: one downloads,
/// the others wait for it. Credentials come from ~/.netrc or the environment variable <see cref="AuthorizationVariable"/>
/// names, never from task parameters, so they never reach a log or binlog.
/// </summary>
public sealed class AcquireGoToolchain : GoSdkTask
{
    /// <summary><c>go1.22.12.linux-amd64</c>, as ResolveGoToolchain's ToolchainName output; or give <see cref="Version"/>.</summary>
    public string? ToolchainName { get; set; }

    /// <summary><c>1.22.12</c>; with <see cref="GoOS"/> and <see cref="GoArch"/> (default: this machine) when no ToolchainName is given.</summary>
    public string? Version { get; set; }

    public string? GoOS { get; set; }

    public string? GoArch { get; set; }

    [Required] public string GoSdkHome { get; set; } = "";

    /// <summary>Base URL (https, file://) or folder holding official archives. Defaults to https://go.dev/dl/.</summary>
    public string? Mirror { get; set; }

    /// <summary>A GOPROXY-style list (<c>https://proxy.example,direct</c>) to fetch the toolchain module from instead.</summary>
    public string? Proxy { get; set; }

    /// <summary>Allows plain http to hosts other than this machine.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Use the cache only: a toolchain that is not there is an error instead of a download.</summary>
    public bool Offline { get; set; }

    /// <summary>The name (never the value) of an environment variable holding a token or user:password for the mirror or proxy.</summary>
    public string? AuthorizationVariable { get; set; }

    public int ConnectTimeoutSeconds { get; set; } = 30;

    public int StallTimeoutSeconds { get; set; } = 60;

    /// <summary>How long to wait for another build that is installing the same toolchain.</summary>
    public int LockTimeoutSeconds { get; set; } = 1200;

    /// <summary>Retries per source after transient failures.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Extra trusted checksum files (<c>GoToolchainChecksums</c>): sha256sum lines and go.sum lines.</summary>
    public ITaskItem[] ChecksumFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The checksum manifest embedded in the Go.Sdk package.</summary>
    public ITaskItem[] ManifestFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>A SHA-256 the project pins for the downloaded file (<c>GoToolchainSha256</c>).</summary>
    public string? Sha256 { get; set; }

    [Output] public string GoRoot { get; private set; } = "";

    [Output] public string GoExecutable { get; private set; } = "";

    /// <summary>What verified the install: <c>sha256 &lt;hex&gt; from &lt;source&gt;</c>.</summary>
    [Output] public string VerifiedBy { get; private set; } = "";

    // Seams for unit tests, in the manner of msbuild's DownloadFile: the network, the verifier, time and the environment.
    internal IToolchainVerifier? Verifier { get; set; }
    internal HttpMessageHandler? HttpMessageHandler { get; set; }
    internal Uri? HttpProxy { get; set; }
    internal Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;
    internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    internal Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    protected override void ExecuteCore()
    {
        var toolchain = RequestedToolchain();
        var sources = ToolchainSources.Create(toolchain, Mirror, Proxy);
        var options = new DownloadOptions
        {
            ConnectTimeout = TimeSpan.FromSeconds(ConnectTimeoutSeconds),
            StallTimeout = TimeSpan.FromSeconds(StallTimeoutSeconds),
            Attempts = Math.Max(0, Retries) + 1,
            AllowHttp = AllowHttp,
            HttpProxy = HttpProxy,
            Delay = Delay,
            Clock = Clock,
        };
        var log = new TaskAcquisitionLog(this);
        var authorization = new RequestAuthorization(sources.Candidates.Select(c => c.Location), AuthorizationVariable, Environment, NetrcFile.Load(Environment));
        var handler = HttpMessageHandler ?? PackageDownloader.CreateHandler(options, Environment);
        try
        {
            using var downloader = new PackageDownloader(handler, options, authorization, log);
            var acquirer = new ToolchainAcquirer(new ToolchainCache(GoSdkHome), () => Verifier ?? CreateVerifier(toolchain), downloader, log, TimeSpan.FromSeconds(LockTimeoutSeconds));
            var result = acquirer.Acquire(toolchain, sources, Offline, CancellationToken);
            GoRoot = result.GoRoot;
            GoExecutable = result.GoExecutable;
            VerifiedBy = result.VerifiedBy;
            Log.LogMessage(result.Downloaded ? MessageImportance.High : MessageImportance.Low,
                $"Go {toolchain.Version} ({toolchain.GoOS}/{toolchain.GoArch}) {(result.Downloaded ? "installed" : "found")} at {result.GoRoot}. {result.VerifiedBy}");
        }
        finally
        {
            if (HttpMessageHandler is null)
            {
                handler.Dispose();
            }
        }
    }

    /// <summary>
    /// Trusted checksums, most trusted first: the project's pin (<see cref="Sha256"/>, which applies to whichever
    /// file is downloaded), the user's <see cref="ChecksumFiles"/>, the embedded <see cref="ManifestFiles"/>.
    /// </summary>
    private IToolchainVerifier CreateVerifier(ArchiveName toolchain)
    {
        var store = ChecksumStore.Load(ManifestFiles.Select(f => f.ItemSpec), ChecksumFiles.Select(f => f.ItemSpec))
            .WithExplicitSha256(toolchain.ArchiveFileName, Sha256)
            .WithExplicitSha256(toolchain.ModuleSubject, Sha256);
        // No download could ever be accepted without a trusted checksum: say so before fetching anything.
        if (store.Find(toolchain.ArchiveFileName) is null && store.Find(toolchain.ModuleSubject) is null)
        {
            throw new GoSdkException(Messages.NoKnownChecksum(toolchain.ArchiveFileName));
        }
        return new TrustedChecksumVerifier(store);
    }

    private ArchiveName RequestedToolchain()
    {
        if (!string.IsNullOrWhiteSpace(ToolchainName))
        {
            // ArchiveName parses file names; any extension gives the same platform name.
            return ArchiveName.TryParse(ToolchainName!.Trim() + ".zip", out var named)
                ? named
                : throw new GoSdkException(Messages.InvalidToolchainRequest($"ToolchainName '{ToolchainName}' is not of the form go1.22.12.linux-amd64"));
        }
        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new GoSdkException(Messages.InvalidToolchainRequest("neither ToolchainName nor Version is set"));
        }
        if (!Toolchain.GoVersion.TryParse(Version, out var version) || version.IsFamily)
        {
            throw new GoSdkException(Messages.InvalidToolchainRequest($"Version '{Version}' is not an exact Go release such as 1.22.12"));
        }
        return new ArchiveName(version,
            string.IsNullOrWhiteSpace(GoOS) ? HostPlatform.GoOS : GoOS!.Trim(),
            string.IsNullOrWhiteSpace(GoArch) ? HostPlatform.GoArch : GoArch!.Trim());
    }

    /// <summary>
    /// Maps acquisition's reports onto MSBuild. Progress is high importance, so the console logger shows it at its
    /// default (minimal) verbosity, which is what CI logs use; it comes only every few seconds, so it never floods.
    /// The terminal logger shows high-importance messages from -v:d on and shows the running _GoAcquireToolchain
    /// target with its elapsed time in its live status line.
    /// </summary>
    private sealed class TaskAcquisitionLog : IAcquisitionLog
    {
        private readonly AcquireGoToolchain _task;

        public TaskAcquisitionLog(AcquireGoToolchain task)
        {
            _task = task;
        }

        public void Progress(string message) => _task.Log.LogMessage(MessageImportance.High, message);

        public void Detail(string message) => _task.Log.LogMessage(MessageImportance.Low, message);

        public void Warning(GoSdkDiagnostic warning) => _task.LogWarning(warning);
    }
}
