using System.Text;
using AgreementKit.Batch.Names;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Batch;
using AgreementKit.Tests.Cli;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Diagnostics;

/// <summary>
/// The location rules of docs/errors.md: lines and columns are 1-based, a location whose column is unknown
/// prints only its line (<c>file(12)</c>), and no location ever prints a column 0.
/// </summary>
public sealed class LocationRulesTests
{
    [Theory]
    [InlineData(2, 0, "g.csv(2)")]
    [InlineData(2, 5, "g.csv(2,5)")]
    [InlineData(0, 0, "g.csv")]
    public void A_file_location_prints_the_column_only_when_it_is_known(int line, int column, string expected)
    {
        Assert.Equal(expected, new SourceLocation { File = "g.csv", Line = line, Column = column }.ToString());
    }

    [Fact]
    public void A_location_without_a_file_names_the_line_alone_when_the_column_is_unknown()
    {
        Assert.Equal("row 3: line 4: salesperson.name", new SourceLocation { Record = 3, Line = 4, Path = "salesperson.name" }.ToString());
        Assert.Equal("line 4, column 9", new SourceLocation { Line = 4, Column = 9 }.ToString());
    }

    [Fact]
    public void The_encoding_check_names_the_line_and_the_byte_never_a_column_0()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "g.csv");
        // 张 in GBK is D5 C5: not UTF-8.
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("contract.number,salesperson.name\nA1,"), 0xD5, 0xC5, (byte)'\n']);

        var error = Assert.Single(Assert.Throws<AgreementKitException>(() => RowSource.Open(path, null)).Diagnostics);

        Assert.StartsWith($"{path}(2): error AK1001: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 2, byte 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_row_problems_print_the_line_of_the_row_without_a_column_0()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "x.csv", "contract.number,salesperson.name", "HT-1,王伟,多余", "HT-2,李\"娜\"");

        var problems = RowSource.Open(csv, null).Read(CancellationToken.None).SelectMany(r => r.Problems).ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith($"row 1: {csv}(2): error AK5001: ", problems[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"row 2: {csv}(3): error AK5001: ", problems[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Name_table_problems_print_the_line_of_the_row_without_a_column_0()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "x.csv", "contract.number,salesperson.name", ",王伟", "CON,李娜", "con,张三");
        var source = RowSource.Open(csv, null);
        var fields = CsvInputTests.Fields();
        var columns = ColumnMapping.Create(null, fields, source);
        var pattern = NamePattern.Parse("{contract.number}", fields);

        var names = NameTable.Build(source, columns, pattern, new JObject(), 200, AgreementKit.Batch.BatchShard.All, 100, CancellationToken.None);
        var printed = Enumerable.Range(1, 3).SelectMany(names.NotesOf).Select(d => d.ToString()).ToList();

        Assert.Equal(4, printed.Count);
        Assert.All(printed, p => Assert.DoesNotContain(",0)", p, StringComparison.Ordinal));
        Assert.Contains(printed, p => p.StartsWith($"row 1: {csv}(2): ", StringComparison.Ordinal) && p.Contains(": error AK5003: ", StringComparison.Ordinal));
        Assert.Contains(printed, p => p.StartsWith($"row 2: {csv}(3): column 'contract.number': ", StringComparison.Ordinal) && p.Contains(": warning AK5003: ", StringComparison.Ordinal));
        Assert.Contains(printed, p => p.StartsWith($"row 3: {csv}(4): column 'contract.number': ", StringComparison.Ordinal) && p.Contains(": warning AK5004: ", StringComparison.Ordinal));
    }
}
