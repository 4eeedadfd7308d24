namespace AgreementKit.Parameters;

/// <summary>An open object or list during <see cref="JsonStructureScanner"/>'s pass.</summary>
internal sealed class Frame(bool isObject, string path, int startOffset)
{
    public bool IsObject { get; } = isObject;

    /// <summary>The path of the object or list itself.</summary>
    public string Path { get; } = path;

    /// <summary>Where the '{' or '[' is, to say which bracket a truncated file leaves open.</summary>
    public int StartOffset { get; } = startOffset;

    /// <summary>The keys seen so far and where each first appeared; null for lists.</summary>
    public Dictionary<string, int>? Keys { get; } = isObject ? new(StringComparer.Ordinal) : null;

    /// <summary>The key whose value is being read or was read last.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>How many items of a list have been read.</summary>
    public int ItemCount { get; private set; }

    public void CountValue()
    {
        if (!IsObject) ItemCount++;
    }

    /// <summary>The path of the value being read now: the current key, or the next list item.</summary>
    public string PathOfCurrent() =>
        IsObject ? (CurrentKey is null ? Path : FieldPath.Child(Path, CurrentKey)) : FieldPath.Item(Path, ItemCount);

    /// <summary>The path of the value read last: the current key, or the last list item.</summary>
    public string PathOfLast() =>
        IsObject ? (CurrentKey is null ? Path : FieldPath.Child(Path, CurrentKey)) : FieldPath.Item(Path, Math.Max(ItemCount - 1, 0));
}
