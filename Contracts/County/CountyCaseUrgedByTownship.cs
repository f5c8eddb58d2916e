namespace CaseFlow.Contracts.County;

/// <summary>Township → county: an escalated case is past the county's deadline without a result; the township urges (催办) the county.</summary>
public sealed record CountyCaseUrgedByTownship
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>
    /// The township's case number (工单编号) people quote, e.g. YHWX-20261201-0007, for the county's staff to quote back to the township;
    /// absent for a case received before numbers were given. <see cref="CaseId"/> stays the key every message is matched on.
    /// </summary>
    public string? CaseNumber { get; init; }

    /// <summary>The county's case number for it.</summary>
    public string CountyCaseNumber { get; init; } = "";

    /// <summary>The deadline the county undertook.</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>Which urging this is: 1 for the first, at the deadline.</summary>
    public int Urging { get; init; }

    /// <summary>The notice.</summary>
    public string Note { get; init; } = "";
}
