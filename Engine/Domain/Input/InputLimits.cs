using System.Globalization;

namespace CaseFlow.Engine.Input;

/// <summary>
/// The one table of how much input CaseFlow takes: every text field's maximum length and character rule, how many items a list
/// may hold, and the dates and periods it accepts. HTTP, the bus, the AsyncAPI document and the integrators' page all read it from here.
/// </summary>
public static class InputLimits
{
    /// <summary>Every bounded text field, in the order the documentation lists them.</summary>
    public static IReadOnlyList<FieldLimit> Fields { get; } =
    [
        new("clientKey", 128, TextKind.Identifier, "a submission's idempotency key"),
        new("actor", 128, TextKind.Identifier, "the position a command is sent in (also the X-Acting-As header)"),
        new("identity", 256, TextKind.Identifier, "who sends it, as the transport authenticated them (account, token subject, broker user)"),
        new("userName", 64, TextKind.Identifier, "a local account's user name"),
        new("position", 160, TextKind.Identifier, "a position an account holds, written kind:id"),
        new("trigger", 64, TextKind.Identifier, "a command's name in a URL"),
        new("category", 64, TextKind.Identifier, "a category id"),
        new("channel", 32, TextKind.Identifier, "how a case arrived"),
        new("priority", 32, TextKind.Identifier, "normal or urgent"),
        new("village", 64, TextKind.Identifier, "a village id"),
        new("grid", 64, TextKind.Identifier, "a grid id"),
        new("jurisdiction", 32, TextKind.Identifier, "township or county"),
        new("platform", 64, TextKind.Identifier, "a platform id"),
        new("leadOffice", 64, TextKind.Identifier, "the lead office's id"),
        new("coHandlers", 64, TextKind.Identifier, "each co-handling office's id"),
        new("office", 64, TextKind.Identifier, "a co-handling office's id (in a case list's filter, any office's)"),
        new("department", 64, TextKind.Identifier, "the county department's id"),
        new("countyCaseNumber", 64, TextKind.Identifier, "the county 12345 system's case number"),
        new("outcome", 32, TextKind.Identifier, "the reporter's reply: confirmed or disputed"),
        new("rating", 32, TextKind.Identifier, "a satisfaction rating"),
        new("timer", 64, TextKind.Identifier, "the kind of supervision timer"),
        new("workflow", 64, TextKind.Identifier, "a workflow id in a URL"),
        new("state", 129, TextKind.Identifier, "a state id, or a position written workflow.state, in a case list's filter (also its supervision state)", "supervision"),
        new("countyStatus", 32, TextKind.Identifier, "where a case stands with the county 12345 system, in a case list's filter"),
        new("chart", 64, TextKind.Identifier, "a brief's chart name in a URL"),
        new("reporter.phone", 32, TextKind.Identifier, "the reporter's phone number", "reporterPhone"),
        new("reporter.idNumber", 32, TextKind.Identifier, "the reporter's ID card number"),
        new("reporter.name", 100, TextKind.FreeText, "the reporter's name", "reporterName"),
        new("title", 200, TextKind.FreeText, "a case's one-line summary"),
        new("location", 500, TextKind.FreeText, "where the problem is"),
        new("point.datum", 16, TextKind.Identifier, "the datum of a submission's point (WGS-84 or GCJ-02)"),
        new("description", 8000, TextKind.FreeText, "what the reporter described"),
        new("result", 8000, TextKind.FreeText, "the handling result"),
        new("reason", 4000, TextKind.FreeText, "why (returns, invalid cases, escalations, extensions)"),
        new("note", 4000, TextKind.FreeText, "a free note, the message to the reporter, a comment", "message", "comment"),
        new("attachments", 36, TextKind.Identifier, "each attachment's id, as the upload answered it"),
        new("attachment.name", 255, TextKind.FreeText, "an uploaded file's name (its path is dropped)"),
    ];

    /// <summary>The most attachments one command (a submission or any later step) may record.</summary>
    public const int MaxAttachments = 10;

    /// <summary>The most items a list field may hold, by its name; null for a field that is no list.</summary>
    public static int? MaxItems(string field) => field switch
    {
        "coHandlers" => MaxCoHandlers,
        "attachments" => MaxAttachments,
        _ => null,
    };

    /// <summary>The largest file, in bytes, an upload may carry unless CaseFlow:Limits:AttachmentBytes says otherwise (10 MiB).</summary>
    public const long DefaultAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>The most co-handling offices one assignment may name.</summary>
    public const int MaxCoHandlers = 20;

    /// <summary>The earliest instant any date CaseFlow is given may name (a deadline, a call, a period's start).</summary>
    public static DateTimeOffset Earliest { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest instant (excluded) any date CaseFlow is given may name.</summary>
    public static DateTimeOffset Latest { get; } = new(2101, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The longest period, in days, that one export, disclosure listing or indicator query may cover.</summary>
    public const int MaxPeriodDays = 366;

    private static readonly Dictionary<string, FieldLimit> ByName = Fields
        .SelectMany(f => f.Aliases.Prepend(f.Field).Select(name => (name, f)))
        .ToDictionary(p => p.name, p => p.f, StringComparer.Ordinal);

    /// <summary>The limit of a field, by its name or one of its aliases; null for a field the table does not bound.</summary>
    public static FieldLimit? Find(string field) => ByName.GetValueOrDefault(field);

    /// <summary>The limit of a field the table must know.</summary>
    public static FieldLimit Of(string field) =>
        Find(field) ?? throw new ArgumentException($"'{field}' is not in the table of input limits (Engine/Domain/Input/InputLimits.cs)", nameof(field));

    /// <summary>What is wrong with a date, as <paramref name="field"/> of the input, or null when it lies in the range CaseFlow accepts.</summary>
    public static string? DateProblem(string field, DateTimeOffset value) =>
        value >= Earliest && value < Latest
            ? null
            : $"{field} ({value.ToString("O", CultureInfo.InvariantCulture)}) is out of range; give a date in the years {Earliest.Year}–{Latest.Year - 1}";

    /// <summary>What is wrong with a day, as <paramref name="field"/> of the input, or null when it lies in the range CaseFlow accepts.</summary>
    public static string? DateProblem(string field, DateOnly value) =>
        value.Year >= Earliest.Year && value.Year < Latest.Year
            ? null
            : $"{field} ({value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) is out of range; give a date in the years {Earliest.Year}–{Latest.Year - 1}";

    /// <summary>
    /// What is wrong with a period that is exported or listed whole: an end out of range, the ends reversed, or longer than
    /// <see cref="MaxPeriodDays"/>; null when nothing is.
    /// </summary>
    public static string? PeriodProblem(DateTimeOffset from, DateTimeOffset to) =>
        DateProblem("from", from)
        ?? DateProblem("to", to)
        ?? (to <= from ? $"to ({to.ToString("O", CultureInfo.InvariantCulture)}) must come after from ({from.ToString("O", CultureInfo.InvariantCulture)})" : null)
        ?? ((to - from).TotalDays <= MaxPeriodDays
            ? null
            : $"the period from {from.ToString("O", CultureInfo.InvariantCulture)} to {to.ToString("O", CultureInfo.InvariantCulture)} is {Math.Ceiling((to - from).TotalDays)} days long; ask for at most {MaxPeriodDays} days at a time");
}
