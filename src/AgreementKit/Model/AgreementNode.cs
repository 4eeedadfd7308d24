namespace AgreementKit.Model;

/// <summary>
/// What every part of an agreement has besides its text: the key the template gave it, an identity that
/// survives renumbering, and where it came from.
/// </summary>
public abstract class AgreementNode
{
    private protected AgreementNode(NodeInfo info)
    {
        Key = info.Key;
        Id = info.Id;
        Provenance = info.Provenance;
    }

    /// <summary>The key cross references use (<c>{#key}</c> in the template), if any.</summary>
    public string? Key { get; }

    /// <summary>
    /// The part's identity, the same in every agreement made from the same template whatever is left out or
    /// renumbered: its key where the template gives one, else derived from its parent's identity and its
    /// place in that parent (docs/template-authoring.md, "Identity"). Unique within an agreement.
    /// </summary>
    public string Id { get; }

    /// <summary>The template line that made this part and the parameters it prints.</summary>
    public Provenance Provenance { get; }
}

/// <summary>Key, identity and provenance of a node, as the assembler computes them.</summary>
internal readonly record struct NodeInfo(string? Key, string Id, Provenance Provenance);
