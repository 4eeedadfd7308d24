using System.Net;

namespace AgreementKit.Cli.Serve;

/// <summary>How <c>agreementkit serve</c> runs: where it listens, what it serves and its limits.</summary>
/// <param name="Address">The address to listen on; loopback unless a token is given.</param>
/// <param name="Port">The port; 0 lets the system pick a free one.</param>
/// <param name="Token">The secret every request must carry, or null on loopback.</param>
/// <param name="Templates">A folder of packs used before the embedded ones.</param>
/// <param name="UploadLimitBytes">The largest batch upload.</param>
/// <param name="Retention">How long an idle batch is kept.</param>
/// <param name="Jobs">Rows a batch renders at once.</param>
internal sealed record ServeSettings(IPAddress Address, int Port, string? Token, string? Templates, long UploadLimitBytes, TimeSpan Retention, int Jobs)
{
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>Settings as the command has them by default, for tests.</summary>
    public static ServeSettings Loopback(int port = 0) =>
        new(IPAddress.Loopback, port, null, null, 50L * 1024 * 1024, TimeSpan.FromHours(1), Environment.ProcessorCount);
}
