using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>The glyf and long-format loca tables of a subset, with composite glyphs renumbered.</summary>
internal sealed class GlyphTable
{
    // Composite glyph component flags (OpenType glyf table).
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXYValues = 0x0002;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    private GlyphTable(byte[] data, byte[] locations)
    {
        Data = data;
        Locations = locations;
    }

    public byte[] Data { get; }

    public byte[] Locations { get; }

    /// <summary>
    /// Copies the glyphs of <paramref name="order"/> (old glyph IDs, in new order). Components of composite
    /// glyphs that the order lacks are appended to it, so on return it lists every glyph of the subset.
    /// With a <paramref name="shift"/>, glyphs 1 to <paramref name="shifted"/> become composites that draw
    /// the old glyph that many font units to the right (left when negative); the old glyphs follow as
    /// their components.
    /// </summary>
    public static GlyphTable Build(GlyphOutlines outlines, List<ushort> order, int shifted = 0, short shift = 0)
    {
        if (shift == 0)
            shifted = 0;
        var newId = new Dictionary<ushort, ushort>();
        for (var i = 0; i < order.Count; i++)
            if (i == 0 || i > shifted)
                newId.TryAdd(order[i], (ushort)i);

        using var data = new MemoryStream();
        var locations = new List<int>(order.Count + 1);
        for (var i = 0; i < order.Count; i++) // order grows while components are found
        {
            locations.Add((int)data.Length);
            var glyph = outlines[order[i]];
            if (glyph.IsEmpty)
                continue;
            var copy = i >= 1 && i <= shifted ? Shifted(glyph, order[i], shift) : glyph.ToArray();
            if (FontBytes.S16(copy, 0) < 0)
                Renumber(copy, order, newId);
            data.Write(copy);
            while (data.Length % 4 != 0)
                data.WriteByte(0);
        }
        locations.Add((int)data.Length);

        var loca = new byte[4 * locations.Count];
        for (var i = 0; i < locations.Count; i++)
            BinaryPrimitives.WriteInt32BigEndian(loca.AsSpan(4 * i), locations[i]);
        return new GlyphTable(data.ToArray(), loca);
    }

    // A composite of one component: the old glyph moved by dx, with the bounding box moved along.
    private static byte[] Shifted(ReadOnlySpan<byte> glyph, ushort oldId, short dx)
    {
        var composite = new byte[18];
        BinaryPrimitives.WriteInt16BigEndian(composite, -1);
        BinaryPrimitives.WriteInt16BigEndian(composite.AsSpan(2), (short)(FontBytes.S16(glyph, 2) + dx));
        BinaryPrimitives.WriteInt16BigEndian(composite.AsSpan(4), FontBytes.S16(glyph, 4));
        BinaryPrimitives.WriteInt16BigEndian(composite.AsSpan(6), (short)(FontBytes.S16(glyph, 6) + dx));
        BinaryPrimitives.WriteInt16BigEndian(composite.AsSpan(8), FontBytes.S16(glyph, 8));
        BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(10), ArgsAreWords | ArgsAreXYValues);
        BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(12), oldId); // renumbered by the caller
        BinaryPrimitives.WriteInt16BigEndian(composite.AsSpan(14), dx);
        return composite;
    }

    // Rewrites each component's glyph index in place, giving new components the next free IDs.
    private static void Renumber(byte[] glyph, List<ushort> order, Dictionary<ushort, ushort> newId)
    {
        var offset = 10; // numberOfContours and bounding box
        ushort flags;
        do
        {
            flags = FontBytes.U16(glyph, offset);
            var component = FontBytes.U16(glyph, offset + 2);
            if (!newId.TryGetValue(component, out var id))
            {
                id = (ushort)Math.Min(order.Count, ushort.MaxValue);
                newId[component] = id;
                order.Add(component);
            }
            BinaryPrimitives.WriteUInt16BigEndian(glyph.AsSpan(offset + 2), id);
            offset += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            if ((flags & HaveScale) != 0) offset += 2;
            else if ((flags & HaveXYScale) != 0) offset += 4;
            else if ((flags & HaveTwoByTwo) != 0) offset += 8;
        }
        while ((flags & MoreComponents) != 0);
    }
}
