using AgreementKit.Layout.Elements;

namespace AgreementKit.Layout.Paging;

/// <summary>Units [First, End) of a block placed on a page with the first unit's top at Top (from the body's top).</summary>
internal sealed record Placement(LaidOutBlock Block, int First, int End, float Top);
