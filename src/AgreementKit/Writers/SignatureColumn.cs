using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>A party's column of the signature block.</summary>
internal sealed record SignatureColumn(Party Party, IReadOnlyList<SignatureLine> Lines);
