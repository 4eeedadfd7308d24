using System.Text;
using AgreementKit.Tests.Cli;
using AgreementKit.Writers;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// Bad input and bad output places through the real command line, in-process: each is a clear, located
/// error, exit code 1 (2 for a wrong command line), and no output file, partial file or temporary file.
/// </summary>
public sealed class InputRobustnessTests(ITestOutputHelper output)
{
    private const string Crm = "sales-crm-responsibility";

    private static string Example() => CliRun.Of("example", Crm).Out;

    /// <summary>Renders <paramref name="paramsBytes"/> to docx and pdf in a fresh folder; the run and what is left in it.</summary>
    private CliRun Render(byte[] paramsBytes, out IReadOnlyList<string> leftInOut, string name = "params.json")
    {
        using var input = new TempFolder();
        using var outFolder = new TempFolder();
        File.WriteAllBytes(input[name], paramsBytes);
        var run = CliRun.Of("render", Crm, "--params", input[name], "--format", "docx,pdf", "--out", outFolder.Path);
        output.WriteLine($"exit {run.ExitCode}\n{(run.Error.Length > 2000 ? run.Error[..2000] : run.Error)}");
        leftInOut = outFolder.Files();
        return run;
    }

    private void AssertRefused(CliRun run, IReadOnlyList<string> left, string code, string? pattern = null)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {code}:", run.Error, StringComparison.Ordinal);
        if (pattern is not null) Assert.Matches(pattern, run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.Empty(left);
    }

    [Fact]
    public void Malformed_json_is_located_by_line_and_column()
    {
        var json = Example().Replace("\"copies\": 2", "\"copies\": 2,,", StringComparison.Ordinal);
        var line = json[..json.IndexOf(",,", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var run = Render(Encoding.UTF8.GetBytes(json), out var left);
        AssertRefused(run, left, "AK1002", $@"params\.json\({line},\d+\)");
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused_without_a_stack_overflow()
    {
        var json = "{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var run = Render(Encoding.UTF8.GetBytes(json), out var left);
        AssertRefused(run, left, "AK1005", @"params\.json\(1,\d+\)");
    }

    [Fact]
    public void A_ten_megabyte_string_is_refused_by_size_before_parsing()
    {
        var json = "{\"company\":{\"name\":\"" + new string('长', 10 * 1024 * 1024 / 3) + "\"}}";
        var run = Render(Encoding.UTF8.GetBytes(json), out var left);
        AssertRefused(run, left, "AK1004", "limit is");
    }

    [Fact]
    public void A_string_over_the_length_limit_inside_a_small_file_is_refused_by_field()
    {
        var json = JObject.Parse(Example());
        json["company"]!["name"] = new string('长', 20_000);
        var run = Render(Encoding.UTF8.GetBytes(json.ToString()), out var left);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("company.name", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"error AK1(004|109):", run.Error);
        Assert.Empty(left);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1180591620717411303424")] // 2^70
    [InlineData("-1180591620717411303424")]
    public void Numbers_beyond_range_are_refused_by_field(string number)
    {
        var json = Example().Replace("\"copies\": 2", $"\"copies\": {number}", StringComparison.Ordinal);
        var run = Render(Encoding.UTF8.GetBytes(json), out var left);
        // The column is where the number starts: `    "copies": ` is 14 characters.
        AssertRefused(run, left, "AK1104", @"params\.json\(6,15\)");
        Assert.Contains("contract.copies", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_refused_at_the_second_occurrence()
    {
        var json = Example().Replace("\"copies\": 2", "\"copies\": 2,\n    \"copies\": 3", StringComparison.Ordinal);
        var line = json[..json.IndexOf("\"copies\": 3", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var run = Render(Encoding.UTF8.GetBytes(json), out var left);
        AssertRefused(run, left, "AK1003", $@"params\.json\({line},5\)");
    }

    [Fact]
    public void Gbk_bytes_are_refused_with_line_and_byte_not_read_as_replacement_characters()
    {
        // "陈思远" in GBK is B3 C2 CB BC D4 B6: not UTF-8.
        var json = Example();
        var at = json.IndexOf("陈思远", StringComparison.Ordinal);
        var line = json[..at].Count(c => c == '\n') + 1;
        var bytes = Encoding.UTF8.GetBytes(json[..at]).Concat(new byte[] { 0xB3, 0xC2, 0xCB, 0xBC, 0xD4, 0xB6 })
            .Concat(Encoding.UTF8.GetBytes(json[(at + 3)..])).ToArray();
        var run = Render(bytes, out var left);
        AssertRefused(run, left, "AK1001", $@"params\.json\({line},\d+\).*byte 0xB3 at line {line}, byte \d+");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_refused(string text)
    {
        var run = Render(Encoding.UTF8.GetBytes(text), out var left);
        AssertRefused(run, left, "AK1006");
    }

    [Fact]
    public void A_folder_given_as_the_parameter_file_is_refused()
    {
        using var input = new TempFolder();
        using var outFolder = new TempFolder();
        var run = CliRun.Of("render", Crm, "--params", input.Path, "--out", outFolder["a.docx"]);
        AssertRefused(run, outFolder.Files(), "AK1007", "folder");
    }

    [Fact]
    public void Out_naming_an_existing_folder_for_one_format_writes_inside_it()
    {
        using var outFolder = new TempFolder();
        var run = CliRun.Of("render", Crm, "--example", "--format", "pdf", "--out", outFolder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{Crm}.pdf"], outFolder.Files());
    }

    [Fact]
    public void An_out_path_whose_parent_is_a_file_is_refused_and_writes_nothing()
    {
        using var outFolder = new TempFolder();
        var blocker = outFolder.Write("blocker", "not a folder");
        var run = CliRun.Of("render", Crm, "--example", "--format", "docx", "--out", Path.Combine(blocker, "a.docx"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(["blocker"], outFolder.Files());
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_target_that_cannot_be_written_leaves_no_partial_or_temporary_file()
    {
        using var outFolder = new TempFolder();
        string target;
        if (Environment.UserName != "root")
        {
            // A read-only folder (root ignores permissions, so this only proves something for other users).
            var locked = Directory.CreateDirectory(outFolder["locked"]).FullName;
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            target = Path.Combine(locked, "a.docx");
        }
        else
        {
            // As root: a name longer than the file system's 255 bytes fails at the final rename, after the
            // temporary file was written — the worst moment for leftovers.
            target = outFolder[new string('长', 90) + ".docx"];
        }

        try
        {
            var run = CliRun.Of("render", Crm, "--example", "--format", "docx", "--out", target);
            output.WriteLine(run.Error);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error AK4102:", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Empty(outFolder.Files());
        }
        finally
        {
            if (Directory.Exists(outFolder["locked"])) File.SetUnixFileMode(outFolder["locked"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Dev_full_as_the_target_is_refused_cleanly_and_the_device_stays_a_device()
    {
        Assert.True(File.Exists("/dev/full"), "/dev/full is missing on this machine");
        var before = Directory.GetFiles("/dev", AtomicFile.TempPrefix + "*");
        var run = CliRun.Of("render", Crm, "--example", "--format", "docx", "--out", "/dev/full");
        output.WriteLine(run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AK4102:", run.Error, StringComparison.Ordinal);
        Assert.Contains("not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles("/dev", AtomicFile.TempPrefix + "*"));
        // Still the device: writing to it fails with "no space left", which a regular file would not.
        Assert.ThrowsAny<IOException>(() =>
        {
            using var device = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            device.Write(new byte[1]);
            device.Flush();
        });
    }

    [Fact]
    public void A_full_disk_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var target = folder.Write("agreement.pdf", "the previous version");
        var bytes = new byte[100_000];
        var e = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, bytes, temp => new DiskFullStream(temp, 40_000)));
        output.WriteLine(e.Message);
        Assert.Contains("No space left on device", e.Message, StringComparison.Ordinal);
        Assert.Equal(["agreement.pdf"], folder.Files());
        Assert.Equal("the previous version", File.ReadAllText(target));
    }

    /// <summary>A real temporary file that runs out of space after <c>capacity</c> bytes, as a full disk does (ENOSPC).</summary>
    private sealed class DiskFullStream(string path, int capacity) : Stream
    {
        private readonly FileStream _file = new(path, FileMode.CreateNew, FileAccess.Write);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _file.Length;

        public override long Position { get => _file.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var room = (int)Math.Max(0, capacity - _file.Position);
            _file.Write(buffer[..Math.Min(room, buffer.Length)]);
            _file.Flush();
            if (buffer.Length > room) throw new IOException("No space left on device", 28);
        }

        public override void Flush() => _file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _file.Dispose();
            base.Dispose(disposing);
        }
    }
}
