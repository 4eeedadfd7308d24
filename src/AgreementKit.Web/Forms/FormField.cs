namespace AgreementKit.Web.Forms;

/// <summary>
/// One property of a pack's parameter schema as the form shows it: its widget, words and limits. Built once
/// per pack by <see cref="SchemaFormReader"/>; immutable.
/// </summary>
internal sealed class FormField
{
    /// <summary>The property name; empty for the root and for list items.</summary>
    public required string Key { get; init; }

    /// <summary>The dotted parameter path (<c>term.start</c>); inside a list, relative to the list item.</summary>
    public required string Path { get; init; }

    public required FieldKind Kind { get; init; }

    /// <summary>The schema's <c>title</c>, else the Chinese part of its description, else the key.</summary>
    public required string Label { get; init; }

    /// <summary>The Chinese part of the description when it says more than the label.</summary>
    public string? Help { get; init; }

    /// <summary>Listed in the parent's <c>required</c>.</summary>
    public bool Required { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>The properties of a group, in schema order.</summary>
    public IReadOnlyList<FormField> Children { get; init; } = [];

    /// <summary>What one item of a list is.</summary>
    public FormField? Item { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>When the field applies; empty when it always does.</summary>
    public IReadOnlyList<FieldCondition> ShowWhen { get; init; } = [];

    /// <summary>Every field below this one that holds one value (not groups or lists), depth first, outside lists.</summary>
    public IEnumerable<FormField> Leaves()
    {
        foreach (var child in Children)
        {
            if (child.Kind == FieldKind.Group)
                foreach (var leaf in child.Leaves()) yield return leaf;
            else if (child.Kind != FieldKind.List)
                yield return child;
        }
    }
}
