namespace AgreementKit.Web;

/// <summary>
/// How the web app is set up: which packs and fonts its engine uses, and the limits that keep a shared
/// server responsive. Read once when the app starts.
/// </summary>
public sealed class AgreementKitWebOptions
{
    /// <summary>
    /// Sets up the engine the app renders with (template folders, fonts, time budget, writers). Called twice
    /// when PDF/A is asked for: once for the plain engine and once for the PDF/A one.
    /// </summary>
    public Action<AgreementEngineOptions>? ConfigureEngine { get; set; }

    /// <summary>The largest upload on the batch page, data, defaults and map files together (default 50 MB).</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How many single agreements are rendered at once; further requests wait (default: the number of processors).</summary>
    public int MaxConcurrentRenders { get; set; } = Environment.ProcessorCount;

    /// <summary>How long a request waits for a free render slot before the page is told the server is busy (default 20 s).</summary>
    public TimeSpan RenderQueueTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest one preview or download may take, on top of the engine's own template budget; past it the
    /// page gets an error message instead of waiting (default 30 s).
    /// </summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many rows a batch renders at once (default: the number of processors).</summary>
    public int BatchParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>How long an idle batch's uploads and results are kept before they are deleted (default 1 hour).</summary>
    public TimeSpan BatchRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The folder under which the app makes its own temporary folder for batches (default: the system's
    /// temporary folder). Everything the app writes is inside that folder, which is removed when the app stops.
    /// </summary>
    public string? WorkFolder { get; set; }

    /// <summary>
    /// A secret every request must carry (header <c>Authorization: Bearer …</c>, or <c>?token=…</c> once, after
    /// which a cookie carries it); null when the app is reachable only from this machine.
    /// </summary>
    public string? AccessToken { get; set; }
}
