namespace AgreementKit.Comparison;

/// <summary>A parameter whose value differs, e.g. <c>targets.retentionRate</c> 85 → 88.</summary>
/// <param name="Path">The parameter path, lists indexed: <c>attachments[2].name</c>.</param>
/// <param name="OldValue">The old value as JSON text prints it (text without quotes), or null when it was not given.</param>
/// <param name="NewValue">The new value, or null when it is no longer given.</param>
public sealed record ParameterChange(string Path, string? OldValue, string? NewValue);
