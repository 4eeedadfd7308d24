using System.Text;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class ParameterReaderTests
{
    private static ReadResult ReadText(string json, ParameterReaderOptions? options = null) =>
        new ParameterReader(options).ReadText(json, "params.json");

    private static Diagnostic SingleError(ReadResult result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Valid_document_carries_the_start_of_every_token()
    {
        var document = Read(Valid);

        var name = document["company"]!["name"]!;
        Assert.Equal("华夏科技有限公司", (string)name!);
        Assert.Equal(new ValueOrigin("params.json", 3, 13), ValueOrigin.Of(name));
        Assert.Equal(new ValueOrigin("params.json", 3, 5), ValueOrigin.Of(name.Parent!));
        Assert.Equal(new ValueOrigin("params.json", 2, 14), ValueOrigin.Of(document["company"]!));
        Assert.Equal(new ValueOrigin("params.json", 7, 22), ValueOrigin.Of(document["term"]!["start"]!));
        Assert.Equal(new ValueOrigin("params.json", 1, 1), ValueOrigin.Of(document));
        Assert.All(document.DescendantsAndSelf(), t => Assert.NotNull(ValueOrigin.Of(t)));
    }

    [Fact]
    public void Column_counts_characters_not_bytes()
    {
        // Six CJK characters are 18 UTF-8 bytes but six columns.
        var document = Read("{\"名称名称名称\": 1}");
        Assert.Equal(new ValueOrigin("params.json", 1, 12), ValueOrigin.Of(document["名称名称名称"]!));
    }

    [Fact]
    public void Missing_comma_is_reported_at_the_next_key_in_plain_words()
    {
        var error = SingleError(ReadText("{\n  \"company\": {\n    \"name\": \"x\"\n    \"legalRepresentative\": \"y\"\n  }\n}"));

        Assert.Equal(DiagnosticCodes.MalformedJson, error.Code);
        AssertAt(error, 4, 5, "company");
        Assert.Equal("expected ',' or '}' after the value of \"name\"; is a comma missing?", error.Message);
        Assert.Equal("params.json(4,5): company: error AK1002: expected ',' or '}' after the value of \"name\"; is a comma missing?", error.ToString());
    }

    /// <summary>Malformed JSON with the line, column and words of its error (also swept by the message checks).</summary>
    public static TheoryData<string, int, int, string> Malformed => new()
    {
        { "{\"a\": 1,}", 1, 9, "a ',' after the last value in the top level is not allowed" },
        { "{\"a\": [1, 2,]}", 1, 13, "a ',' after the last item of a is not allowed" },
        { "{\"a\": 'x'}", 1, 7, "a: text must be in double quotes" },
        { "{'a': 1}", 1, 2, "keys must be in double quotes" },
        { "{a: 1}", 1, 2, "expected a key in double quotes in the top level, found 'a'" },
        { "{\"a\": 1 // note\n}", 1, 9, "comments are not allowed in JSON" },
        { "{\"a\": 010}", 1, 8, "a is not a valid JSON number" },
        { "{\"a\": NaN}", 1, 7, "NaN and Infinity are not numbers" },
        { "{\"a\": tru}", 1, 10, "a: expected true, false or null" },
        { "{\"a\": }", 1, 7, "a has no value" },
        { "{\"a\" 1}", 1, 6, "expected ':' after a key in the top level, found '1'" },
        { "{\"a\": \"x\\q\"}", 1, 10, "a: invalid escape in text" },
        { "{\"a\": \"x\ty\"}", 1, 9, "a: a control character (U+0009) cannot appear inside text" },
        { "{\"a\": \"x", 1, 9, "the text of a is never closed with '\"'" },
        { "{\n  \"a\": {\n    \"b\": [1,\n", 4, 1, "the file ends before a.b (opened at line 3, column 10) is closed with ']'" },
        { "{\"a\": [1 2]}", 1, 10, "expected ',' or ']' after a[0], found '2'" },
        { "{\"a\": 1}}", 1, 9, "unexpected '}' after the end of the parameters object" },
        { "[1, 2]", 1, 1, "the parameters must be one JSON object { … } at the top level, not a list" },
        { "\"text\"", 1, 1, "the parameters must be one JSON object { … } at the top level" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_json_is_located_and_worded_plainly(string json, int line, int column, string fragment)
    {
        var error = SingleError(ReadText(json));

        Assert.Equal(DiagnosticCodes.MalformedJson, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        AssertAt(error, line, column);
        foreach (var leak in new[] { "LineNumber", "BytePosition", "Exception", "Newtonsoft", "System.", "JSON payload", "reader options" })
            Assert.DoesNotContain(leak, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_duplicate_key_is_reported_with_its_location_and_path()
    {
        var result = ReadText("{\n  \"a\": 1,\n  \"a\": 2,\n  \"o\": { \"k\": 1, \"k\": 2 },\n  \"a\": 3\n}");

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.DuplicateKey, d.Code));
        Assert.Equal(3, result.Diagnostics.Count);
        AssertAt(result.Diagnostics[0], 3, 3, "a");
        Assert.Equal("the key 'a' appears more than once in the top level (first at line 2, column 3); keep only one", result.Diagnostics[0].Message);
        AssertAt(result.Diagnostics[1], 4, 18, "o.k");
        AssertAt(result.Diagnostics[2], 5, 3, "a");
    }

    [Fact]
    public void Same_key_in_different_objects_is_not_a_duplicate()
    {
        Assert.True(ReadText("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}, \"c\": [{\"k\": 1}, {\"k\": 2}]}").Succeeded);
    }

    [Fact]
    public void Gbk_file_is_refused_with_line_and_byte_unless_gb18030_is_asked_for()
    {
        var gb18030 = InputEncoding.FromName("gb18030")!;
        var bytes = gb18030.GetBytes("{\n  \"company\": {\n    \"name\": \"华夏科技\"\n  }\n}");

        var refused = new ParameterReader().Read(bytes, "gbk.json");
        var error = SingleError(refused);
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal("the file is not UTF-8 (byte 0xBB at line 3, byte 14); save it as UTF-8, or for GBK batch files use --encoding gb18030", error.Message);
        AssertAt(error, 3, 14);

        var accepted = new ParameterReader(new ParameterReaderOptions { Encoding = gb18030 }).Read(bytes, "gbk.json");
        Assert.True(accepted.Succeeded);
        Assert.Equal("华夏科技", (string)accepted.Document!["company"]!["name"]!);
        Assert.Equal(new ValueOrigin("gbk.json", 3, 13), ValueOrigin.Of(accepted.Document["company"]!["name"]!));
    }

    [Fact]
    public void Invalid_gb18030_bytes_are_refused_too_never_replaced()
    {
        var options = new ParameterReaderOptions { Encoding = InputEncoding.FromName("gb18030") };
        var error = SingleError(new ParameterReader(options).Read([.. "{\"a\": \""u8, 0x81, 0x20, .. "\"}"u8], "bad.json"));
        Assert.Equal(DiagnosticCodes.NotUtf8, error.Code);
        Assert.StartsWith("the file is not GB18030 (byte 0x81 at line 1, byte 8)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_and_crlf_are_accepted_and_do_not_shift_columns()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid.ReplaceLineEndings("\r\n"))).ToArray();

        var result = new ParameterReader().Read(bytes, "crlf.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("华夏科技有限公司", (string)result.Document!["company"]!["name"]!);
        Assert.Equal(new ValueOrigin("crlf.json", 1, 1), ValueOrigin.Of(result.Document));
        Assert.Equal(new ValueOrigin("crlf.json", 3, 13), ValueOrigin.Of(result.Document["company"]!["name"]!));
        Assert.Empty(Schema.Validate(result.Document, "crlf.json"));
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_give_a_clean_depth_error()
    {
        var json = "{\"a\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var error = SingleError(ReadText(json));

        Assert.Equal(DiagnosticCodes.TooDeep, error.Code);
        // '{' is level 1, so the 64th '[' (column 6 + 64) is the first one too deep.
        AssertAt(error, 1, 70);
        Assert.Equal("a" + string.Concat(Enumerable.Repeat("[0]", 63)), error.Location.Path);
    }

    [Fact]
    public void Sixty_four_levels_are_allowed()
    {
        var json = "{\"a\": " + new string('[', 63) + new string(']', 63) + "}";
        Assert.True(ReadText(json).Succeeded);
    }

    [Fact]
    public void Ten_megabyte_string_is_refused_by_size_before_parsing()
    {
        var error = SingleError(ReadText("{\"a\": \"" + new string('x', 10 * 1024 * 1024) + "\"}"));
        Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
        Assert.Equal("the file is 10,485,769 bytes; the limit is 4,194,304 bytes", error.Message);
    }

    [Fact]
    public void Ten_megabyte_string_is_refused_by_length_when_the_file_limit_allows_it()
    {
        var options = new ParameterReaderOptions { MaxBytes = 64 * 1024 * 1024 };
        var error = SingleError(ReadText("{\n  \"a\": \"" + new string('x', 10 * 1024 * 1024) + "\"}", options));
        Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
        AssertAt(error, 2, 8, "a");
        Assert.Equal("the text of a is 10,485,760 characters long; the limit is 10,000", error.Message);
    }

    [Fact]
    public void String_length_limit_counts_characters_after_unescaping()
    {
        var options = new ParameterReaderOptions { MaxStringLength = 5 };
        Assert.True(ReadText("{\"a\": \"\\u4e00\\u4e00\\u4e00\\u4e00\\u4e00\"}", options).Succeeded);
        Assert.True(ReadText("{\"a\": \"一二三四五\"}", options).Succeeded);
        Assert.Equal(DiagnosticCodes.TooLarge, SingleError(ReadText("{\"a\": \"一二三四五六\"}", options)).Code);
        Assert.Equal(DiagnosticCodes.TooLarge, SingleError(ReadText("{\"abcdef\": 1}", options)).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Empty_input_is_its_own_error(string text)
    {
        var error = SingleError(ReadText(text));
        Assert.Equal(DiagnosticCodes.EmptyInput, error.Code);
    }

    [Fact]
    public void Lone_surrogate_escapes_are_reported_by_code_point_never_turned_into_U_FFFD()
    {
        // Newtonsoft alone would read "\ud800" as U+FFFD without a word.
        var result = ReadText("{\"company\": {\"name\": \"a\\ud800b\", \"\\udc00\": 1, \"ok\": \"\\ud83d\\ude00\"}}");

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.LoneSurrogate, d.Code));
        AssertAt(result.Diagnostics[0], 1, 22, "company.name");
        Assert.Contains("\\uD800", result.Diagnostics[0].Message, StringComparison.Ordinal);
        AssertAt(result.Diagnostics[1], 1, 34);
        Assert.Contains("\\uDC00", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_surrogate_pairs_are_one_character()
    {
        Assert.Equal("😀", (string)Read("{\"a\": \"\\ud83d\\ude00\"}")["a"]!);
    }

    [Fact]
    public void Raw_lone_surrogate_in_text_input_is_reported_not_replaced()
    {
        var error = SingleError(ReadText("{\"a\": \"x\uD800\"}"));
        Assert.Equal(DiagnosticCodes.LoneSurrogate, error.Code);
        Assert.Contains("U+D800", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1e400")]
    public void Numbers_beyond_range_are_errors_not_crashes(string number)
    {
        var error = SingleError(ReadText("{\n\"n\": " + number + "}"));
        Assert.Equal(DiagnosticCodes.OutOfRange, error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal("n", error.Location.Path);
    }

    [Fact]
    public void Decimal_numbers_stay_exact()
    {
        var value = (JValue)Read("{\"amount\": 12345.67}")["amount"]!;
        Assert.Equal(12345.67m, value.Value);
    }

    [Fact]
    public void Dates_stay_text()
    {
        Assert.Equal(JTokenType.String, Read("{\"d\": \"2025-01-01T10:00:00\"}")["d"]!.Type);
    }

    [Fact]
    public void File_larger_than_the_limit_is_refused_unread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ak-params-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(path))
                stream.SetLength(5 * 1024 * 1024);
            var error = SingleError(new ParameterReader().ReadFile(path));
            Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
            Assert.Equal(path, error.Location.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void File_and_stream_give_the_same_result_as_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ak-params-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, Valid);
            var fromFile = new ParameterReader().ReadFile(path);
            Assert.True(fromFile.Succeeded);
            Assert.Equal(new ValueOrigin(path, 3, 13), ValueOrigin.Of(fromFile.Document!["company"]!["name"]!));

            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid));
            var fromStream = new ParameterReader().Read(stream, "stdin");
            Assert.True(JToken.DeepEquals(fromFile.Document, fromStream.Document));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stream_beyond_the_limit_is_refused()
    {
        using var stream = new MemoryStream(new byte[2048]);
        var error = SingleError(new ParameterReader(new ParameterReaderOptions { MaxBytes = 1024 }).Read(stream, "stdin"));
        Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
    }

    [Fact]
    public void Missing_file_is_unreadable_not_an_exception()
    {
        var error = SingleError(new ParameterReader().ReadFile("/nonexistent/params.json"));
        Assert.Equal(DiagnosticCodes.InputNotReadable, error.Code);
    }
}
