namespace CaseFlow.Engine.Cases;

/// <summary>The fixed values command fields may take.</summary>
public static class Vocabulary
{
    /// <summary>How cases arrive: grid members' app, the hotline, letters, visits, special inspections, village cadres, the county 12345 system, the food-safety platform.</summary>
    public static IReadOnlySet<string> Channels { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "grid", "hotline", "letter", "visit", "inspection", "cadre", "county12345", "foodSafety",
    };

    /// <summary>The channel of cases the county 12345 system hands down.</summary>
    public const string CountyChannel = "county12345";

    /// <summary>Channels where a case may have no outside reporter (found on patrol or inspection).</summary>
    public static IReadOnlySet<string> ReporterOptionalChannels { get; } = new HashSet<string>(StringComparer.Ordinal) { "grid", "inspection" };

    /// <summary>Case priorities.</summary>
    public static IReadOnlySet<string> Priorities { get; } = new HashSet<string>(StringComparer.Ordinal) { "normal", "urgent" };

    /// <summary>Satisfaction ratings (满意 / 基本满意 / 不满意).</summary>
    public static IReadOnlySet<string> Ratings { get; } = new HashSet<string>(StringComparer.Ordinal) { "satisfied", "basicallySatisfied", "dissatisfied" };

    /// <summary>The reporter's reply to feedback.</summary>
    public static IReadOnlySet<string> FeedbackOutcomes { get; } = new HashSet<string>(StringComparer.Ordinal) { "confirmed", "disputed" };

    /// <summary>Lists a set for a message.</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));
}
