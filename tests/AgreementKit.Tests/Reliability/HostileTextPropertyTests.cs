using AgreementKit.Tests.Parameters;
using AgreementKit.Tests.Support;
using CsCheck;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// Any text in any string parameter of any shipped pack gives either a located validation error for that
/// field, or a valid DOCX holding the value exactly and a PDF holding it exactly (or a refused PDF naming
/// the characters no bundled font has). Never a silently changed or dropped character.
/// Replay a failure with AK_PROPERTY_SEED=&lt;seed&gt;; raise the count with AK_PROPERTY_ITERATIONS.
/// </summary>
public sealed class HostileTextPropertyTests(ITestOutputHelper output)
{
    private static readonly Gen<(ExampleFields.Field Field, string Value)> Samples =
        Gen.Int[0, ExampleFields.All.Count - 1].Select(i => ExampleFields.All[i]).Select(HostileText.Value, (f, v) => (f, v));

    [Fact]
    public void R6_R10_any_text_in_any_string_field_is_refused_by_name_or_kept_exactly_in_docx_and_pdf()
    {
        var counts = new int[4]; // refused, kept (PDF written), kept (PDF refused: no glyph), kept (field not printed)
        Samples.Sample(sample =>
        {
            var (field, value) = sample;
            var outcome = PipelineOracle.Run(ExampleCases.Engine, field.Pack, field.Locale,
                AgreementParameters.FromUtf8(ExampleFields.WithValue(field, value), "hostile.json"));
            Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));

            if (!outcome.Assembled)
            {
                // Only the changed field can be wrong, so every error names it, as a parameter error.
                var errors = outcome.Diagnostics.Where(d => d.IsError).ToList();
                Assert.NotEmpty(errors);
                Assert.All(errors, e =>
                {
                    Assert.StartsWith("AK1", e.Code, StringComparison.Ordinal);
                    Assert.Equal(field.Path, e.Location.Path);
                    Assert.True(e.Location.Line > 0 && e.Location.Column > 0, $"no line and column: {e}");
                });
                if (ForbiddenOracle.FirstForbidden(value) >= 0)
                    Assert.Contains(errors, e => e.Code.StartsWith("AK12", StringComparison.Ordinal));
                counts[0]++;
                return;
            }

            // Accepted: nothing forbidden was in it, and nothing was changed on the way.
            Assert.Equal(-1, ForbiddenOracle.FirstForbidden(value));
            if (!field.Printed)
            {
                counts[3]++;
                return;
            }

            Assert.True(outcome.DocxParagraphs.Any(p => p.Contains(value, StringComparison.Ordinal)),
                $"the DOCX does not hold {HostileText.Show(value)} exactly");
            if (outcome.Pdf is not null)
            {
                // Line breaks may fall inside the value; nothing else may differ.
                Assert.True(PipelineOracle.ContainsIgnoringWhitespace(outcome.PdfText!, value),
                    $"the PDF text does not hold {HostileText.Show(value)}");
                counts[1]++;
            }
            else
            {
                var refusal = Assert.Single(outcome.PdfDiagnostics);
                Assert.Equal("AK4001", refusal.Code);
                Assert.Equal(field.Path, refusal.Location.Path);
                var named = System.Text.RegularExpressions.Regex.Matches(refusal.Message, @"U\+([0-9A-F]{4,6})")
                    .Select(m => Convert.ToInt32(m.Groups[1].Value, 16)).ToList();
                Assert.NotEmpty(named);
                Assert.All(named, cp => Assert.Contains(char.ConvertFromUtf32(cp), value, StringComparison.Ordinal));
                counts[2]++;
            }
        }, seed: HostileText.Seed, iter: HostileText.Iterations(100), threads: 1,
           print: s => $"{s.Field} = {HostileText.Show(s.Value)}");
        output.WriteLine($"refused {counts[0]}, kept in DOCX and PDF {counts[1]}, kept in DOCX with the PDF refused for a missing glyph {counts[2]}, accepted in a field not printed verbatim {counts[3]}");
    }
}
