namespace AgreementKit.Web.Pages;

/// <summary>What every page needs: its URLs, its interface language and the request's antiforgery token.</summary>
internal sealed record PageContext(AppPaths Paths, UiText Ui, string CsrfToken);
