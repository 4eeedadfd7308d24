using System.Text.Encodings.Web;
using System.Text.Json;
using AgreementKit.Diagnostics;

namespace AgreementKit.Batch.Output;

/// <summary>The JSON the batch writes (manifest and error lines): one compact object a line, Chinese kept readable.</summary>
internal static class BatchJson
{
    // Relaxed escaping keeps 姓名 as text for people reading the files; quotes and controls are still escaped.
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static byte[] Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteString("severity", diagnostic.IsError ? "error" : "warning");
        writer.WriteString("code", diagnostic.Code);
        if (diagnostic.Location.ColumnName is { } column) writer.WriteString("column", column);
        if (diagnostic.Location.Path is { Length: > 0 } field) writer.WriteString("field", field);
        writer.WriteString("message", diagnostic.Message);
    }

    public static Diagnostic ReadDiagnostic(JsonElement element, int row, int line, string? file)
    {
        string? Text(string name) => element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var severity = Text("severity") == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return new Diagnostic(Text("code") ?? "", severity, Text("message") ?? "",
            new SourceLocation { File = file, Record = row, Line = line, ColumnName = Text("column"), Path = Text("field") });
    }
}
