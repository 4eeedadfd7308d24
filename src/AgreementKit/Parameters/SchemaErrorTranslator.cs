using System.Globalization;
using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AgreementKit.Parameters;

/// <summary>
/// Turns NJsonSchema's <see cref="ValidationError"/>s into located diagnostics in plain words. Nested
/// errors (list items, sub-schemas) are flattened; one field gets one type error, not a type error
/// plus the enum and range errors that follow from it.
/// </summary>
internal static class SchemaErrorTranslator
{
    public static IEnumerable<Diagnostic> Translate(IEnumerable<ValidationError> errors, string sourceName)
    {
        var diagnostics = Flatten(errors).Select(e => Translate(e, sourceName)).OfType<Diagnostic>().ToList();
        var typeErrorPaths = diagnostics
            .Where(d => d.Code is DiagnosticCodes.WrongType or DiagnosticCodes.NullValue)
            .Select(d => d.Location.Path)
            .ToHashSet(StringComparer.Ordinal);
        // A field whose value has the wrong type gets no further errors about that value, and the fields
        // inside it are not "missing": the user has one thing to fix.
        bool BelowTypeError(string? path) =>
            typeErrorPaths.Any(t => t != path && FieldPath.IsSelfOrAncestor(t ?? "", path ?? ""));
        return diagnostics
            .Where(d => d.Code switch
            {
                DiagnosticCodes.WrongType or DiagnosticCodes.NullValue or DiagnosticCodes.UnknownKey => true,
                DiagnosticCodes.MissingField => !BelowTypeError(d.Location.Path),
                _ => !typeErrorPaths.Contains(d.Location.Path),
            })
            .Distinct();
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child
                && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid
                    or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.NotAllOf)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                    yield return nested;
            }
            else
            {
                yield return error;
            }
        }
    }

    private static Diagnostic? Translate(ValidationError error, string sourceName)
    {
        var path = PathOf(error);
        var field = FieldPath.Describe(path);
        var token = error.Token;
        var schema = error.Schema;
        var location = ValueOrigin.Locate(token, sourceName, path);

        if (error.Kind == ValidationErrorKind.PropertyRequired)
        {
            // The token is the object the field is missing from; that is where the user has to add it.
            var description = schema?.Properties.TryGetValue(error.Property ?? "", out var property) == true
                ? property.Description : null;
            return Diagnostic.Error(DiagnosticCodes.MissingField,
                $"{field} is missing{(string.IsNullOrWhiteSpace(description) ? "" : $" ({description})")}", location);
        }
        if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed)
            return UnknownKey(error, path, location);
        if (token?.Type == JTokenType.Null)
            return Diagnostic.Error(DiagnosticCodes.NullValue,
                $"{field} is null; give a value, or leave the field out if it is optional", location);
        if (token is null || schema is null)
            return Diagnostic.Error(DiagnosticCodes.SchemaViolation, $"{field} does not meet the pack's rules ({Words(error.Kind)})", location);

        return error.Kind switch
        {
            ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NoTypeValidates =>
                Diagnostic.Error(DiagnosticCodes.WrongType, $"{field}: expected {TypeWords(schema.Type)}, got {TextEcho.Describe(token)}", location),
            ValidationErrorKind.NotInEnumeration =>
                Diagnostic.Error(DiagnosticCodes.NotAllowedValue,
                    $"{field}: {Echo(token)} is not one of {string.Join(", ", schema.Enumeration.Select(v => v?.ToString() ?? "null"))}", location),
            ValidationErrorKind.NumberTooSmall =>
                Diagnostic.Error(DiagnosticCodes.OutOfRange, $"{field}: {Echo(token)} is {Below(schema)}", location),
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig =>
                Diagnostic.Error(DiagnosticCodes.OutOfRange, $"{field}: {Echo(token)} is {Above(schema)}", location),
            ValidationErrorKind.TooFewItems =>
                Diagnostic.Error(DiagnosticCodes.OutOfRange, $"{field} has {Count(token)} items; at least {schema.MinItems} are needed", location),
            ValidationErrorKind.TooManyItems =>
                Diagnostic.Error(DiagnosticCodes.OutOfRange, $"{field} has {Count(token)} items; at most {schema.MaxItems} are allowed", location),
            ValidationErrorKind.DateExpected => BadDate(field, token, location),
            ValidationErrorKind.StringTooLong =>
                Diagnostic.Error(DiagnosticCodes.TextTooLong,
                    $"{field} is {Length(token)} characters long; at most {schema.MaxLength} are allowed", location),
            // Empty and blank text is already reported by the text policy (AK1108).
            ValidationErrorKind.StringTooShort when TextPolicy.IsBlank((string?)token ?? "") => null,
            ValidationErrorKind.StringTooShort =>
                Diagnostic.Error(DiagnosticCodes.TextTooLong,
                    $"{field} is {Length(token!)} characters long; at least {schema.MinLength} are needed", location),
            ValidationErrorKind.PatternMismatch =>
                Diagnostic.Error(DiagnosticCodes.PatternMismatch,
                    $"{field}: {Echo(token)} is not in the expected form{(string.IsNullOrWhiteSpace(schema.Description) ? $" (pattern {schema.Pattern})" : $" ({schema.Description})")}",
                    location),
            _ => Diagnostic.Error(DiagnosticCodes.SchemaViolation, $"{field} does not meet the pack's rules ({Words(error.Kind)})", location),
        };
    }

    private static Diagnostic UnknownKey(ValidationError error, string path, SourceLocation location)
    {
        var key = error.Property ?? "";
        var parent = error.Token?.Parent?.Path ?? "";
        var suggestion = error.Schema is null ? null : KeySuggestion.Closest(key, error.Schema.Properties.Keys);
        var hint = suggestion is null ? "; it is ignored" : $"; did you mean '{suggestion}'?";
        return Diagnostic.Warning(DiagnosticCodes.UnknownKey,
            $"unknown key {TextEcho.Quote(key)} in {FieldPath.Describe(parent)}{hint}", location with { Path = path });
    }

    private static Diagnostic BadDate(string field, JToken token, SourceLocation location)
    {
        if (token.Type != JTokenType.String)
            return Diagnostic.Error(DiagnosticCodes.WrongType, $"{field}: expected a date as text \"YYYY-MM-DD\", got {TextEcho.Describe(token)}", location);
        var text = (string)token!;
        var reason = IsoDate.HasShape(text) ? "is not a real date" : "is not a date written as YYYY-MM-DD";
        return Diagnostic.Error(DiagnosticCodes.BadDate, $"{field}: {TextEcho.Quote(text)} {reason} (for example 2025-01-31)", location);
    }

    /// <summary>NJsonSchema paths look like <c>#/company.name</c>; users read <c>company.name</c>.</summary>
    private static string PathOf(ValidationError error)
    {
        var path = error.Path ?? "";
        return path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
    }

    private static string TypeWords(JsonObjectType type)
    {
        var words = new List<string>();
        if (type.HasFlag(JsonObjectType.String)) words.Add("text");
        if (type.HasFlag(JsonObjectType.Integer)) words.Add("a whole number");
        if (type.HasFlag(JsonObjectType.Number)) words.Add("a number");
        if (type.HasFlag(JsonObjectType.Boolean)) words.Add("true or false");
        if (type.HasFlag(JsonObjectType.Object)) words.Add("an object { … }");
        if (type.HasFlag(JsonObjectType.Array)) words.Add("a list [ … ]");
        if (type.HasFlag(JsonObjectType.Null)) words.Add("null");
        return words.Count == 0 ? "another kind of value" : string.Join(" or ", words);
    }

    private static string Below(JsonSchema schema) =>
        schema.ExclusiveMinimum is { } exclusive ? $"not above {Number(exclusive)}; it must be more than {Number(exclusive)}"
        : schema.IsExclusiveMinimum ? $"not above {Number(schema.Minimum)}; it must be more than {Number(schema.Minimum)}"
        : $"less than the minimum {Number(schema.Minimum)}";

    private static string Above(JsonSchema schema) =>
        schema.ExclusiveMaximum is { } exclusive ? $"not below {Number(exclusive)}; it must be less than {Number(exclusive)}"
        : schema.IsExclusiveMaximum ? $"not below {Number(schema.Maximum)}; it must be less than {Number(schema.Maximum)}"
        : $"more than the maximum {Number(schema.Maximum)}";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Echo(JToken token) =>
        token.Type == JTokenType.String ? TextEcho.Quote((string)token!) : TextEcho.Shorten(token.ToString(Newtonsoft.Json.Formatting.None));

    private static int Count(JToken token) => token is JArray array ? array.Count : 0;

    private static int Length(JToken token) => ((string?)token ?? "").Length;

    /// <summary>"NumberNotMultipleOf" → "number not multiple of", for kinds outside the documented dialect.</summary>
    private static string Words(ValidationErrorKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
