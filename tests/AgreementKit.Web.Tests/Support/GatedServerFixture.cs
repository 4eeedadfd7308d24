using AgreementKit.Model;
using AgreementKit.Writers;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// A server whose DOCX writer waits at a gate the test opens: a batch is then known to be running while the
/// test reloads the page, starts a second batch or cancels — no timing involved. One render at a time, and a
/// short queue, so the render limit shows too.
/// </summary>
public sealed class GatedServerFixture : ServerFixture
{
    public SemaphoreSlim Gate { get; } = new(0);

    /// <summary>Documents that reached the gate.</summary>
    public int Waiting => _waiting;

    private int _waiting;

    protected override void Configure(AgreementKitWebOptions options)
    {
        var inner = new AgreementEngine().GetWriter("docx");
        var configure = options.ConfigureEngine;
        options.ConfigureEngine = engine =>
        {
            configure?.Invoke(engine);
            engine.Writers.Add(new GatedWriter(inner, this));
        };
        options.BatchParallelism = 1;
        options.MaxConcurrentRenders = 1;
        options.RenderQueueTimeout = TimeSpan.FromMilliseconds(300);
    }

    /// <summary>Opens the gate for good: everything waiting and everything after goes through.</summary>
    public void Open() => Gate.Release(100_000);

    private sealed class GatedWriter(IAgreementWriter inner, GatedServerFixture fixture) : IAgreementWriter
    {
        public string FormatId => inner.FormatId;

        public string FileExtension => inner.FileExtension;

        public string MediaType => inner.MediaType;

        public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref fixture._waiting);
            fixture.Gate.Wait(cancellationToken);
            inner.Write(agreement, output, cancellationToken);
        }
    }
}
