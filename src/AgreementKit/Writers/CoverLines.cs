using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// The lines of the cover under the title, in the order every format prints them: contract number,
/// parties, signing place and date.
/// </summary>
internal static class CoverLines
{
    public static IReadOnlyList<string> Of(Agreement agreement, DocumentLabels labels)
    {
        var lines = new List<string>();
        var meta = agreement.Metadata;
        if (meta.ContractNumber is not null) lines.Add($"{labels.ContractNumber}：{meta.ContractNumber}");
        lines.AddRange(agreement.Parties.Select(DocumentLabels.PartyLine));
        if (meta.SignPlace is not null) lines.Add($"{labels.SignPlace}：{meta.SignPlace}");
        if (meta.SignDate is { } date) lines.Add($"{labels.SignDate}：{labels.FormatDate(date)}");
        return lines;
    }
}
