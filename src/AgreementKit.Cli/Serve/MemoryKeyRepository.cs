using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace AgreementKit.Cli.Serve;

/// <summary>
/// Keeps the antiforgery keys in memory: serve stores nothing on disk, and a token from a page of an earlier
/// run is simply not accepted after a restart (the page is reloaded).
/// </summary>
internal sealed class MemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _keys = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_keys) return _keys.Select(k => new XElement(k)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_keys) _keys.Add(new XElement(element));
    }
}
