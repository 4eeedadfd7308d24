using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AgreementKit.Backends.Pdf.Direct;

/// <summary>
/// Writes a PDF file object by object (PDF 32000-1 §7.5): the header, numbered objects, a classic
/// cross-reference table and the trailer. Objects may be written in any order once their numbers are
/// reserved, so a page can refer to fonts that are written at the end. Dictionaries are given as text
/// (ASCII: non-ASCII strings are hex), stream data as bytes.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly Stream _output;
    private readonly long _start;
    private readonly List<long> _offsets = [-1]; // by object number; object 0 is the free list head
    private readonly CompressionLevel _compression;
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? _deflated;

    public PdfObjectWriter(Stream output, CompressionLevel compression)
    {
        _output = output;
        _start = output.Position;
        _compression = compression;
        // The comment of four high bytes tells transfer programs the file is binary.
        Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /// <summary>A number for an object written later.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes an object that is a dictionary, array or other direct value.</summary>
    public void Write(int number, string value)
    {
        Begin(number);
        Raw(value);
        Raw("\nendobj\n");
    }

    /// <summary>Writes and returns a new object.</summary>
    public int Add(string value)
    {
        var number = Reserve();
        Write(number, value);
        return number;
    }

    /// <summary>
    /// Writes a stream object: <paramref name="entries"/> are the dictionary's own entries (no
    /// <c>/Length</c> or <c>/Filter</c>, which this adds); the data is deflated when <paramref name="compress"/>.
    /// </summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var body = compress ? Deflate(data) : data;
        Begin(number);
        Raw("<<");
        Raw(entries);
        if (compress) Raw("\n/Filter /FlateDecode");
        Raw(string.Create(CultureInfo.InvariantCulture, $"\n/Length {body.Length}>>\nstream\n"));
        _output.Write(body);
        Raw("\nendstream\nendobj\n");
    }

    public int AddStream(string entries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var number = Reserve();
        WriteStream(number, entries, data, compress);
        return number;
    }

    /// <summary>Writes the cross-reference table and the trailer; every reserved object must be written by then.</summary>
    public void Finish(int root, int info, string id)
    {
        var xref = _output.Position - _start;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_offsets.Count}\n0000000000 65535 f \n");
        for (var n = 1; n < _offsets.Count; n++)
        {
            if (_offsets[n] < 0)
                throw new InvalidOperationException($"PDF object {n} was reserved but never written.");
            table.Append(_offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {_offsets.Count}\n/Root {root} 0 R\n/Info {info} 0 R\n/ID [<{id}> <{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        Raw(table.ToString());
    }

    private void Begin(int number)
    {
        if (number <= 0 || number >= _offsets.Count || _offsets[number] >= 0)
            throw new InvalidOperationException($"PDF object {number} is not reserved or is written twice.");
        _offsets[number] = _output.Position - _start;
        Raw(number.ToString(CultureInfo.InvariantCulture));
        Raw(" 0 obj\n");
    }

    private void Raw(string text)
    {
        Span<byte> small = stackalloc byte[256];
        var bytes = text.Length <= small.Length ? small[..Encoding.Latin1.GetBytes(text, small)] : Encoding.Latin1.GetBytes(text);
        _output.Write(bytes);
    }

    // The deflated bytes, valid until the next call: one buffer per thread serves every stream of every
    // document, where a buffer per stream grew through a new array for each (a megabyte per PDF).
    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data)
    {
        var buffer = _deflated ??= new MemoryStream();
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, _compression, leaveOpen: true))
            zlib.Write(data);
        var bytes = new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (buffer.Capacity > KeptCapacity) _deflated = null;
        return bytes;
    }
}
