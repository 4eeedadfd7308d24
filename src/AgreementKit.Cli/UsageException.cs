namespace AgreementKit.Cli;

/// <summary>The command line is wrong (not the input files): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
