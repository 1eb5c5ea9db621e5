using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Installation;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>What acquisition produced: the cached GOROOT and what verified it when it was installed.</summary>
public sealed record AcquiredToolchain(string GoRoot, string GoExecutable, string VerifiedBy, bool Downloaded);

/// <summary>
/// Gets a toolchain into the cache exactly once however many builds ask at the same time: use the cache when its
/// install is intact; otherwise take the toolchain's lock, look again (another build may have installed it while
/// this one waited), then try each source in turn — download into a work folder, verify, unpack, move into place.
/// Nothing is unpacked or cached before verification passed, and a failure leaves the cache as it was.
/// </summary>
public sealed class ToolchainAcquirer
{
    private readonly ToolchainCache _cache;
    private readonly Func<IToolchainVerifier> _createVerifier;
    private readonly PackageDownloader _downloader;
    private readonly IAcquisitionLog _log;
    private readonly TimeSpan _lockTimeout;

    /// <param name="createVerifier">Called once, before the first download: a build that finds the toolchain
    /// installed (by another build it waited for) never loads the trusted checksums.</param>
    public ToolchainAcquirer(ToolchainCache cache, Func<IToolchainVerifier> createVerifier, PackageDownloader downloader, IAcquisitionLog log, TimeSpan lockTimeout)
    {
        _cache = cache;
        _createVerifier = createVerifier;
        _downloader = downloader;
        _log = log;
        _lockTimeout = lockTimeout;
    }

    public AcquiredToolchain Acquire(ArchiveName toolchain, ToolchainSources sources, bool offline, CancellationToken cancellationToken)
    {
        if (FromCache(toolchain) is { } cached)
        {
            return cached;
        }
        if (offline)
        {
            throw new GoSdkException(Messages.OfflineToolchainMissing(toolchain.PlatformName, _cache.GoRootFor(toolchain)));
        }

        using var held = ToolchainLock.Acquire(_cache, toolchain, _lockTimeout,
            path => _log.Progress($"Waiting for another build to finish installing {toolchain.PlatformName} ({path})."),
            cancellationToken);
        if (FromCache(toolchain) is { } installedMeanwhile)
        {
            return installedMeanwhile;
        }
        var installer = new ToolchainInstaller(_cache);
        installer.RemoveLeftovers(toolchain);
        if (Directory.Exists(_cache.GoRootFor(toolchain)))
        {
            _log.Warning(Messages.ReplacingDamagedInstall(_cache.GoRootFor(toolchain), _cache.InstallProblem(toolchain) ?? "unknown"));
        }
        return Download(toolchain, sources, installer, cancellationToken);
    }

    private AcquiredToolchain Download(ArchiveName toolchain, ToolchainSources sources, ToolchainInstaller installer, CancellationToken cancellationToken)
    {
        var verifier = _createVerifier();
        var tried = new List<string>();
        foreach (var candidate in sources.Candidates)
        {
            using var workspace = installer.CreateWorkspace(toolchain);
            var fileName = candidate.Shape == PackageShape.Archive ? toolchain.ArchiveFileName : toolchain.ModuleVersion + ".zip";
            DownloadedFile downloaded;
            try
            {
                downloaded = _downloader.Download(candidate.Location, workspace.DownloadPath(fileName), cancellationToken);
            }
            catch (DownloadFailure failure)
            {
                tried.Add(failure.IsNotFound ? $"{failure.Location} (not found)" : $"{failure.Location} ({failure.Message})");
                if (failure.Diagnostic is { } error && !candidate.FallBackOnAnyError)
                {
                    throw new GoSdkException(error, failure);
                }
                _log.Detail(failure.Message);
                continue;
            }

            var verifiedBy = candidate.Shape == PackageShape.Archive
                ? verifier.VerifyArchive(toolchain.ArchiveFileName, downloaded)
                : verifier.VerifyModuleZip(toolchain.ModuleSubject, downloaded);
            new ArchiveExtractor().Extract(downloaded.Path, fileName, PackageLayout.For(toolchain, candidate.Shape), workspace.GoRoot, cancellationToken);
            var goRoot = installer.Commit(workspace, toolchain, fileName, verifiedBy);
            return new AcquiredToolchain(goRoot, GoRootInfo.Read(goRoot).GoExecutable, verifiedBy, Downloaded: true);
        }
        if (sources.EndsWithOff)
        {
            throw new GoSdkException(Messages.ProxyListOff(toolchain.PlatformName, tried.Count == 0 ? "nothing" : string.Join(", ", tried)));
        }
        throw new GoSdkException(Messages.ToolchainNotServed(toolchain.PlatformName, string.Join(", ", tried)));
    }

    private AcquiredToolchain? FromCache(ArchiveName toolchain)
    {
        if (_cache.InstallProblem(toolchain) is not null)
        {
            return null;
        }
        var goRoot = _cache.GoRootFor(toolchain);
        return new AcquiredToolchain(goRoot, GoRootInfo.Read(goRoot).GoExecutable, _cache.ReadMarker(toolchain)!.VerifiedBy, Downloaded: false);
    }
}
