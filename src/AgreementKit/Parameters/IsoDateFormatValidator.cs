using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace AgreementKit.Parameters;

/// <summary>
/// Replaces NJsonSchema's "date" check with <see cref="IsoDate"/>. NJsonSchema ORs the validators of a
/// format, so this one is installed as the only validator rather than added beside the built-in one.
/// </summary>
internal sealed class IsoDateFormatValidator : IFormatValidator
{
    public string Format => "date";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateExpected;

    public bool IsValid(string value, JTokenType tokenType) => tokenType == JTokenType.String && IsoDate.TryParse(value, out _);
}
