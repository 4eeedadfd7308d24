using AgreementKit.Web.Batches;
using AgreementKit.Web.Endpoints;
using AgreementKit.Web.Rendering;
using AgreementKit.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgreementKit.Web;

/// <summary>
/// Mounts AgreementKit's web app in an ASP.NET Core application: the agreement form with its live preview
/// and downloads, and the batch page.
/// </summary>
/// <example>
/// <code>
/// var builder = WebApplication.CreateBuilder(args);
/// builder.Services.AddAgreementKitWeb(o => o.ConfigureEngine = e => e.PackSources.Insert(0, TemplatePackSource.FromDirectory("packs")));
/// var app = builder.Build();
/// app.MapAgreementKit("/agreements");
/// app.Run();
/// </code>
/// </example>
public static class AgreementKitWebExtensions
{
    /// <summary>
    /// Registers the app's services: its engine (built from <see cref="AgreementKitWebOptions.ConfigureEngine"/>),
    /// the render limits, the batch runner and its temporary folder, and antiforgery.
    /// </summary>
    public static IServiceCollection AddAgreementKitWeb(this IServiceCollection services, Action<AgreementKitWebOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new AgreementKitWebOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RenderGate>();
        services.AddSingleton<AgreementRenderer>();
        services.AddSingleton<PreviewStore>();
        services.AddSingleton<BatchWorkspace>();
        services.AddSingleton<BatchCoordinator>();
        services.AddHostedService<BatchRetention>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfFilter.HeaderName;
            o.FormFieldName = CsrfFilter.FieldName;
            o.Cookie.Name = "ak_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            // The app sets its own, stricter frame rules.
            o.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>
    /// Maps the app's pages, assets and API under <paramref name="prefix"/> (e.g. <c>/agreements</c>; empty for the
    /// root). Every endpoint sends a strict Content-Security-Policy and the other security headers, checks the
    /// access token when one is set, limits request sizes and refuses state-changing requests without the
    /// antiforgery token. Call <see cref="AddAgreementKitWeb"/> first.
    /// </summary>
    /// <returns>The route group, for the host's own conventions (authorization, rate limits …).</returns>
    public static RouteGroupBuilder MapAgreementKit(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        prefix = prefix.TrimEnd('/');
        if (prefix.Length > 0 && !prefix.StartsWith('/')) prefix = "/" + prefix;
        var options = endpoints.ServiceProvider.GetService<AgreementKitWebOptions>()
            ?? throw new InvalidOperationException("call services.AddAgreementKitWeb() before endpoints.MapAgreementKit()");
        // Built now: a broken pack stops the host at start, with its located problems.
        _ = endpoints.ServiceProvider.GetRequiredService<AgreementRenderer>();

        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(SecurityHeaders.Filter);
        if (options.AccessToken is { Length: > 0 } token)
            group.AddEndpointFilter(new AccessTokenFilter(token, prefix.Length == 0 ? "/" : prefix).InvokeAsync);
        group.AddEndpointFilter(BodyLimit.Filter);
        group.AddEndpointFilter(CsrfFilter.InvokeAsync);
        PageEndpoints.Map(group, prefix);
        AgreementEndpoints.Map(group, prefix);
        BatchEndpoints.Map(group, prefix, options);
        return group;
    }
}
