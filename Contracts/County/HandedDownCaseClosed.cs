namespace CaseFlow.Contracts.County;

/// <summary>Township → county: a case the county handed down has ended in the township, with its result and the reporter's rating.</summary>
public sealed record HandedDownCaseClosed
{
    /// <summary>The county's case number, as it came with <see cref="CaseHandedDown"/>.</summary>
    public string CountyCaseNumber { get; init; } = "";

    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>
    /// The township's case number (工单编号) people quote, e.g. YHWX-20261201-0007, for the county's staff to quote back to the township;
    /// absent for a case received before numbers were given. <see cref="CaseId"/> stays the key every message is matched on.
    /// </summary>
    public string? CaseNumber { get; init; }

    /// <summary>The handling result; for a case found invalid or a duplicate, why it ended without handling.</summary>
    public string Result { get; init; } = "";

    /// <summary>The reporter's satisfaction rating; empty when the case ended without one.</summary>
    public string Rating { get; init; } = "";

    /// <summary>When the case ended.</summary>
    public DateTimeOffset ClosedAt { get; init; }
}
