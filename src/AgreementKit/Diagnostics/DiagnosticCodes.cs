namespace AgreementKit.Diagnostics;

/// <summary>
/// The stable diagnostic codes. Ranges: AK1xxx parameters, AK2xxx templates and sandbox, AK3xxx agreement
/// markup and model, AK4xxx writers (fonts, files), AK5xxx batches, AK6xxx records, comparisons and renewals.
/// docs/errors.md explains each.
/// </summary>
internal static class DiagnosticCodes
{
    // Parameters: reading
    public const string NotUtf8 = "AK1001";
    public const string MalformedJson = "AK1002";
    public const string DuplicateKey = "AK1003";
    public const string TooLarge = "AK1004";
    public const string TooDeep = "AK1005";
    public const string EmptyInput = "AK1006";
    public const string InputNotReadable = "AK1007";

    // Parameters: validation
    public const string MissingField = "AK1101";
    public const string WrongType = "AK1102";
    public const string NotAllowedValue = "AK1103";
    public const string OutOfRange = "AK1104";
    public const string BadDate = "AK1105";
    public const string UnknownKey = "AK1106";
    public const string NullValue = "AK1107";
    public const string BlankText = "AK1108";
    public const string TextTooLong = "AK1109";
    public const string PatternMismatch = "AK1110";
    public const string RuleViolated = "AK1111";
    public const string SchemaViolation = "AK1112";

    // Parameters: text policy
    public const string ControlCharacter = "AK1201";
    public const string LoneSurrogate = "AK1202";
    public const string BidiControl = "AK1203";
    public const string FormatCharacter = "AK1204";
    public const string Noncharacter = "AK1205";
    // U+FFFD in data means the text was already damaged by a wrong decoding upstream; R5 forbids it in output.
    public const string ReplacementCharacter = "AK1206";

    // Templates and sandbox
    public const string UnknownPack = "AK2001";
    public const string UnknownLocale = "AK2002";
    public const string PackInvalid = "AK2003";
    public const string TemplateSyntax = "AK2101";
    public const string TemplateRuntime = "AK2102";
    public const string TemplateLimit = "AK2103";
    public const string TemplateTimeout = "AK2104";
    public const string OutputTooLarge = "AK2105";
    public const string IncludeRefused = "AK2106";
    public const string GeneratedEditionStale = "AK2201";

    // Template lint (agreementkit lint): problems found by reading a pack, before any render.
    public const string UnknownVariable = "AK2301";
    public const string UnusedField = "AK2302";
    public const string MainlandVocabulary = "AK2303";
    public const string MissingFieldLabel = "AK2304";

    // Markup and model
    public const string UnknownDirective = "AK3001";
    public const string MisplacedElement = "AK3002";
    public const string EmptySection = "AK3003";
    public const string DuplicateKeyInMarkup = "AK3004";
    public const string DanglingReference = "AK3005";
    public const string BadMeta = "AK3006";
    public const string NoTitle = "AK3007";
    public const string BadParty = "AK3008";

    // Writers and files
    public const string MissingGlyph = "AK4001";
    public const string FontNotFound = "AK4002";
    public const string UnknownFormat = "AK4003";
    public const string OutputPath = "AK4101";
    public const string WriteFailed = "AK4102";

    // Batches
    public const string BatchInput = "AK5001";
    public const string BatchColumn = "AK5002";
    public const string BatchName = "AK5003";
    public const string BatchNameCollision = "AK5004";
    public const string BatchShard = "AK5005";

    // Records, comparisons and renewals
    public const string NoRecord = "AK6001";
    public const string RecordPackMismatch = "AK6002";
    public const string RenewalInput = "AK6003";
    public const string RenewalOption = "AK6004";
    public const string RenewalData = "AK6005";
}
