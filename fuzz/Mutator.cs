using System.Text;
using AgreementKit.Tests.Reliability;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Fuzz;

/// <summary>
/// Turns a valid example parameter file into a nearly valid one: structured edits (hostile text, type
/// swaps, deletions, insertions, duplicated keys, odd dates and numbers) and then, sometimes, raw byte
/// damage. Every choice comes from one seeded <see cref="Random"/>, so a run is repeatable.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly string[] OddNumbers =
        ["0", "-1", "1", "3.5", "2147483648", "9007199254740993", "1e400", "-1e400", "1e-400", "1180591620717411303424", "1000000000", "99999999999999999999.99", "-0", "1E5"];

    private static readonly string[] OddDates =
        ["2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "2025-1-1", "2024-02-29", "2025-02-29", "20250101", "2025-01-01T00:00:00", "２０２５-01-01", "1900-01-01"];

    private static readonly JToken[] OddValues =
        [new JValue("7"), new JValue("７"), new JValue("24小时"), new JValue(true), JValue.CreateNull(), new JObject(), new JArray(), new JValue(""), new JValue(" "), new JValue("　"),
         new JArray(1, 2, 3), new JObject { ["x"] = 1 }, new JValue("company"), new JValue("agent"), new JValue("intermediary"), new JValue("CNY"), new JValue("TWD")];

    public byte[] Mutate(string exampleJson)
    {
        var json = JObject.Parse(exampleJson);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++) Edit(json);

        // Half the time every non-ASCII character is written as \uXXXX, so lone surrogates reach the reader as escapes.
        var escape = random.Next(2) == 0 ? StringEscapeHandling.EscapeNonAscii : StringEscapeHandling.Default;
        var writer = new StringWriter();
        using (var output = new JsonTextWriter(writer) { Formatting = Formatting.Indented, StringEscapeHandling = escape })
            json.WriteTo(output);
        var text = writer.ToString();
        if (random.Next(4) == 0) text = DuplicateKey(text);
        if (random.Next(8) == 0) text = Nest(text);

        var bytes = Encoding.UTF8.GetBytes(text);
        return random.Next(3) == 0 ? DamageBytes(bytes) : bytes;
    }

    private void Edit(JObject root)
    {
        var tokens = root.Descendants().Where(t => t is JValue or JObject or JArray).ToList();
        var target = tokens[random.Next(tokens.Count)];
        switch (random.Next(9))
        {
            case 0 or 1:
                Replace(target, new JValue(Hostile()));
                break;
            case 2:
                Replace(target, OddValues[random.Next(OddValues.Length)].DeepClone());
                break;
            case 3:
                Replace(target, new JRaw(OddNumbers[random.Next(OddNumbers.Length)]));
                break;
            case 4:
                Replace(target, new JValue(OddDates[random.Next(OddDates.Length)]));
                break;
            case 5:
                if (target.Parent is JProperty property && property.Parent is JObject) property.Remove();
                else if (target.Parent is JArray) target.Remove();
                break;
            case 6:
                var objects = root.DescendantsAndSelf().OfType<JObject>().ToList();
                var into = objects[random.Next(objects.Count)];
                var key = random.Next(2) == 0 ? Hostile() : Typo(into.Properties().Select(p => p.Name).DefaultIfEmpty("name").ElementAt(0));
                if (into.Property(key) is null) into[key] = random.Next(2) == 0 ? new JValue(Hostile()) : new JValue(random.Next(-5, 100));
                break;
            case 7:
                var values = root.Descendants().OfType<JValue>().ToList();
                var other = values[random.Next(values.Count)];
                Replace(target, other.DeepClone());
                break;
            default:
                if (target is JValue { Type: JTokenType.String } s) s.Value = (string)s! + Hostile();
                else Replace(target, new JValue(Hostile()));
                break;
        }
    }

    private static void Replace(JToken target, JToken replacement)
    {
        if (target.Parent is not null) target.Replace(replacement);
    }

    private string Hostile()
    {
        var count = random.Next(1, 6);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(random.Next(6) switch
            {
                0 => ((char)random.Next(0x20, 0x7F)).ToString(),
                1 => ((char)random.Next(0x4E00, 0x9FA6)).ToString(),
                2 => ((char)random.Next(0, 0x10000)).ToString(),
                3 when random.Next(20) == 0 => new string('长', random.Next(100, 12_000)),
                _ => HostileText.Fragments[random.Next(HostileText.Fragments.Length)],
            });
        }

        return text.ToString();
    }

    private string Typo(string key) => key.Length == 0 ? "x" : random.Next(3) switch
    {
        0 => key[1..],
        1 => key.ToUpperInvariant(),
        _ => key + key[^1],
    };

    /// <summary>Repeats one "key": value line right after itself.</summary>
    private string DuplicateKey(string text)
    {
        var lines = text.Split('\n').ToList();
        var candidates = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith('"') && x.l.TrimEnd().EndsWith(',')).ToList();
        if (candidates.Count == 0) return text;
        var (line, index) = candidates[random.Next(candidates.Count)];
        lines.Insert(index + 1, line);
        return string.Join('\n', lines);
    }

    private string Nest(string text)
    {
        var depth = random.Next(2) == 0 ? random.Next(50, 70) : random.Next(1000, 20_000);
        var at = text.LastIndexOf('}');
        return text[..at] + ",\"deep\":" + new string('[', depth) + new string(']', depth) + text[at..];
    }

    private byte[] DamageBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var damage = random.Next(1, 5);
        for (var i = 0; i < damage && list.Count > 0; i++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(6))
            {
                case 0: list[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: list.RemoveRange(at, Math.Min(random.Next(1, 20), list.Count - at)); break;
                case 2: list.InsertRange(at, Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(256))); break;
                case 3: list.Insert(at, "{}[]\",:\\"u8[random.Next(8)]); break;
                case 4: list.RemoveRange(at, list.Count - at); break;
                default: list.InsertRange(at, random.Next(3) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xD5, 0xC5, 0xC8, 0xFD], _ => [0xC0, 0x80] }); break;
            }
        }

        return [.. list];
    }
}
