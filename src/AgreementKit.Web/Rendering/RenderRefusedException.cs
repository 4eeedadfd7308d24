namespace AgreementKit.Web.Rendering;

/// <summary>A render that was not done or not finished: the server is busy, or it ran past its time.</summary>
internal sealed class RenderRefusedException(string reason, bool busy) : Exception(reason)
{
    /// <summary>True when no render slot came free in time (HTTP 503); false when the render took too long.</summary>
    public bool Busy { get; } = busy;
}
