namespace AgreementKit.Batch.Output;

/// <summary>A write the output folder refuses because the file would not be a plain file inside it (promise R12).</summary>
internal sealed class OutputRefusedException(string message) : IOException(message);
