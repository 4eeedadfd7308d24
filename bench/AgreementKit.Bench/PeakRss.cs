namespace AgreementKit.Bench;

/// <summary>The process's peak resident set (VmHWM on Linux), the figure memory targets are stated in.</summary>
internal static class PeakRss
{
    public static double Megabytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
