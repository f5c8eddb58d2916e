using System.Globalization;

namespace CaseFlow.Simulator;

/// <summary>The simulator says what it does, one timestamped line at a time, on standard output.</summary>
internal static class CountyLog
{
    public static void Write(string text) =>
        Console.WriteLine($"{DateTimeOffset.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} county12345 {text}");
}
