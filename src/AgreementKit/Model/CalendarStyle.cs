namespace AgreementKit.Model;

/// <summary>How the fixed parts of an agreement (cover, signature block) write its dates.</summary>
public enum CalendarStyle
{
    /// <summary>2025年1月1日.</summary>
    Gregorian,

    /// <summary>中華民國114年1月1日, as Taiwan's agreements date themselves (中华民国 in simplified script).</summary>
    RepublicOfChina,
}
