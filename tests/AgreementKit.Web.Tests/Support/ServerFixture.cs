using AgreementKit.Cli.Serve;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// The app as <c>agreementkit serve</c> runs it (the CLI's own host: Kestrel on 127.0.0.1, port chosen by the
/// system), with its temporary folder under a folder of the test's own.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private readonly TempFolder _work = new();
    private ServeHost? _host;

    public Uri Url => _host!.Url;

    public string WorkFolder => _work.Path;

    public IServiceProvider Services => _host!.Services;

    public string Address(string path) => new Uri(Url, path.TrimStart('/')).ToString();

    /// <summary>Changes to the options the serve command sets, for a fixture of its own.</summary>
    protected virtual void Configure(AgreementKitWebOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync(ServeSettings.Loopback(), verbose: false, options =>
        {
            options.WorkFolder = _work.Path;
            Configure(options);
        }, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _work.Dispose();
    }
}

/// <summary>The browser tests share one chromium and run one after another: two cores, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<ServerFixture>
{
    public const string Name = "browser";
}
