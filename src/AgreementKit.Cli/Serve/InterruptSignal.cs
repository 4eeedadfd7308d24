using System.Runtime.InteropServices;

namespace AgreementKit.Cli.Serve;

/// <summary>
/// A shell script that starts <c>agreementkit serve &amp;</c> starts it with SIGINT ignored (shells do that for
/// background jobs without job control), and .NET then leaves SIGINT ignored, so <c>kill -INT</c> — the
/// scripted Ctrl+C — would not stop the server. Serve restores the default before .NET sets up its signal
/// handling, so Ctrl+C stops it cleanly however it was started.
/// </summary>
internal static class InterruptSignal
{
    private const int SigInt = 2;

    public static void Restore()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            _ = Signal(SigInt, IntPtr.Zero);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: Ctrl+C behaves as the platform decides.
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}
