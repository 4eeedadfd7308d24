namespace AgreementKit.Diagnostics;

/// <summary>Collects diagnostics of one stage so that all of them reach the user at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, string message, SourceLocation location) =>
        _items.Add(Diagnostic.Error(code, message, location));

    public void Warning(string code, string message, SourceLocation location) =>
        _items.Add(Diagnostic.Warning(code, message, location));
}
