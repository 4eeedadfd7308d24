namespace AgreementKit.Comparison;

/// <summary>A piece of a compared text: <see cref="Text"/> kept, deleted or inserted.</summary>
/// <param name="Operation">Kept, deleted or inserted.</param>
/// <param name="Text">The characters.</param>
public readonly record struct DiffSegment(DiffOperation Operation, string Text);
