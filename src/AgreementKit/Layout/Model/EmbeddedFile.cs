namespace AgreementKit.Layout.Model;

/// <summary>A file attached to a PDF (an entry of the catalogue's EmbeddedFiles name tree).</summary>
/// <param name="Name">The file name readers show, ASCII.</param>
/// <param name="MediaType">Its MIME type, e.g. <c>application/json</c>.</param>
/// <param name="Contents">Its bytes.</param>
/// <param name="Description">What it is, for readers' attachment panes (ASCII).</param>
internal sealed record EmbeddedFile(string Name, string MediaType, byte[] Contents, string Description);
