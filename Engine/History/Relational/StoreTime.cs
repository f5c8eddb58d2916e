using System.Globalization;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// How both stores write instants as text: times compared in queries as fixed-width UTC to the tick (text order is time order, so an
/// index on the column serves "due_at &lt;= now"); event times and account times round-trip ("O"), offset kept, as the hash chain saw them.
/// </summary>
internal static class StoreTime
{
    private const string InstantFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    /// <summary>Fixed-width UTC text, every tick.</summary>
    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="Instant"/>'s text.</summary>
    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A time exactly as given, offset included.</summary>
    public static string RoundTrip(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="RoundTrip"/>'s text.</summary>
    public static DateTimeOffset ParseRoundTrip(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
