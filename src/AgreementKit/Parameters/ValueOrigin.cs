using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Where a JSON token came from: file, 1-based line and 1-based character column (UTF-16 units, as editors
/// count; 0 when only the line is known), and for a batch cell its data row and column header. Attached to
/// tokens as a Newtonsoft annotation by <see cref="ParameterReader"/> and by the batch's row builder. An
/// annotation rather than <c>IJsonLineInfo</c> because line info points at the end of a token, cannot be set
/// from outside Newtonsoft, and knows no file: after a <see cref="ParameterMerge"/> one object holds values
/// from two files.
/// </summary>
internal sealed record ValueOrigin(string File, int Line, int Column)
{
    /// <summary>The batch record (1-based data row) the value came from, or 0.</summary>
    public int Record { get; init; }

    /// <summary>The batch column header the value came from, if any.</summary>
    public string? ColumnName { get; init; }

    /// <summary>The origin of <paramref name="token"/>, or null for tokens built in code.</summary>
    public static ValueOrigin? Of(JToken token) => token.Annotation<ValueOrigin>();

    /// <summary>Gives <paramref name="token"/> this origin, replacing any it had.</summary>
    public void Mark(JToken token)
    {
        token.RemoveAnnotations<ValueOrigin>();
        token.AddAnnotation(this);
    }

    /// <summary>A diagnostic location for <paramref name="token"/>, falling back to the file name alone.</summary>
    public static SourceLocation Locate(JToken? token, string? fallbackFile, string path)
    {
        var origin = token is null ? null : Of(token);
        return origin is null
            ? new SourceLocation { File = fallbackFile, Path = path }
            : new SourceLocation
            {
                File = origin.File, Line = origin.Line, Column = origin.Column, Record = origin.Record, ColumnName = origin.ColumnName, Path = path,
            };
    }
}
