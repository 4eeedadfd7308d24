namespace AgreementKit.Batch.Output;

/// <summary>One file a row produced: its name in the output folder, SHA-256 (lower-case hex) and size in bytes.</summary>
internal sealed record ManifestOutput(string File, string Sha256, long Size);
