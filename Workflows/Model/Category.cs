namespace CaseFlow.Workflows.Model;

/// <summary>A kind of case: which platform and office handle it, whose jurisdiction it is, and its deadline.</summary>
public sealed record Category
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The platform the command room dispatches it to.</summary>
    public string Platform { get; init; } = "";

    /// <summary>The office the platform's leader routes it to by default.</summary>
    public string LeadOffice { get; init; } = "";

    /// <summary>township (乡域管辖, handled here) or county (escalated to the county 12345 system).</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>The policy campaign it belongs to, if any (三改一拆, 五水共治 …).</summary>
    public string? Campaign { get; init; }

    /// <summary>How long handling a normal case may take, from sign-for; null is a definition error.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>How long handling an urgent case may take, usually in working hours; required once supervision is declared.</summary>
    public Deadline? UrgentDeadline { get; init; }
}

/// <summary>A span of working time in working days or working hours: a deadline, or an interval of supervision.</summary>
public sealed record Deadline
{
    /// <summary>Working days allowed (0 when counted in hours).</summary>
    public int WorkingDays { get; init; }

    /// <summary>Working hours allowed (0 when counted in days); urgent matters are counted in hours.</summary>
    public int WorkingHours { get; init; }

    /// <summary>The span as a message says it, e.g. "4 working hour(s)".</summary>
    public string Describe() => WorkingDays > 0 ? $"{WorkingDays} working day(s)" : $"{WorkingHours} working hour(s)";
}

/// <summary>The values a category's jurisdiction may take.</summary>
public static class Jurisdictions
{
    /// <summary>Handled inside the township (乡域管辖).</summary>
    public const string Township = "township";

    /// <summary>Escalated to the county 12345 system.</summary>
    public const string County = "county";
}
