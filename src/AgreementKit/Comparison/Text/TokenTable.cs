namespace AgreementKit.Comparison.Text;

/// <summary>Interns token keys as integers, so the diff compares numbers; one table per comparison, so equal keys get equal ids on both sides.</summary>
internal sealed class TokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int this[string key]
    {
        get
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _ids.Count;
                _ids.Add(key, id);
            }

            return id;
        }
    }
}
