using AgreementKit.Templates.Packs;
using AgreementKit.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace AgreementKit.Cli.Serve;

/// <summary>
/// The ASP.NET Core app behind <c>agreementkit serve</c>: Kestrel on the chosen address, the web app mounted
/// at the root, antiforgery keys that live only as long as the process (nothing is stored on disk), and on
/// loopback a check of the Host header, so a web page elsewhere cannot reach the app by pointing a domain
/// name at 127.0.0.1.
/// </summary>
internal sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServeHost(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The address the app answers on, with the port the system picked when 0 was asked for.</summary>
    public Uri Url { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts the app. Throws <see cref="IOException"/> when the address cannot be bound.</summary>
    public static async Task<ServeHost> StartAsync(ServeSettings settings, bool verbose, Action<AgreementKitWebOptions>? configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "AgreementKit.Cli", ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1.5));
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new MemoryKeyRepository();
            o.XmlEncryptor = new NullXmlEncryptor();
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The web app sets tighter limits per endpoint; this is the ceiling for any request.
            kestrel.Limits.MaxRequestBodySize = settings.UploadLimitBytes + 2 * 1024 * 1024;
            kestrel.Listen(settings.Address, settings.Port);
        });
        builder.Services.AddAgreementKitWeb(options =>
        {
            options.ConfigureEngine = engine =>
            {
                if (settings.Templates is { } folder) engine.PackSources.Insert(0, TemplatePackSource.FromDirectory(folder));
            };
            options.MaxUploadBytes = settings.UploadLimitBytes;
            options.BatchRetention = settings.Retention;
            options.BatchParallelism = settings.Jobs;
            options.AccessToken = settings.Token;
            configure?.Invoke(options);
        });
        if (settings.IsLoopback)
            builder.Services.Configure<HostFilteringOptions>(o =>
            {
                o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];
                o.AllowEmptyHosts = false;
            });

        var app = builder.Build();
        if (settings.IsLoopback) app.UseHostFiltering();
        app.MapAgreementKit();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServeHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _app.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Requests still open are cut off; the process is ending.
            }
        }

        await _app.DisposeAsync();
    }
}
