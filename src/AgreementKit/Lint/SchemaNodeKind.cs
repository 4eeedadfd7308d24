namespace AgreementKit.Lint;

/// <summary>What a schema property holds, as far as a template's member access is concerned.</summary>
internal enum SchemaNodeKind
{
    /// <summary>Text, a number, true/false or an enum: read as a whole.</summary>
    Value,

    /// <summary>An object; with declared properties a template reads its fields one by one.</summary>
    Object,

    /// <summary>A list; its items are reached by index or by <c>for x in list</c>.</summary>
    Array,
}
