namespace CaseFlow.Contracts.Commands;

/// <summary>Decides whether the case is the township's (乡域管辖) or the county's; the category decides unless overridden.</summary>
public sealed record TriageCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Whose the case is, the township's or the county's, overriding the category's jurisdiction; omitted, the category decides.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>A note on the triage.</summary>
    public string? Note { get; init; }
}
