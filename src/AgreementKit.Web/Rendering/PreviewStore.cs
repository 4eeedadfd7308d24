using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AgreementKit.Web.Rendering;

/// <summary>
/// The latest previews, each under an unguessable id, for the page's frame to load. Bounded in number and
/// age: a preview is only needed until the frame has shown it.
/// </summary>
internal sealed class PreviewStore(TimeProvider clock)
{
    private const int Capacity = 64;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (PreviewDocument Document, DateTimeOffset Stored)> _previews = new(StringComparer.Ordinal);

    public string Add(PreviewDocument document)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow();
        _previews[id] = (document, now);
        if (_previews.Count > Capacity)
            foreach (var old in _previews.Where(p => now - p.Value.Stored > MaxAge).Concat(_previews.OrderBy(p => p.Value.Stored).Take(_previews.Count - Capacity)).ToList())
                _previews.TryRemove(old.Key, out _);
        return id;
    }

    public PreviewDocument? Get(string id) =>
        _previews.TryGetValue(id, out var entry) && clock.GetUtcNow() - entry.Stored <= MaxAge ? entry.Document : null;
}
