namespace CaseFlow.Contracts.Commands;

/// <summary>Decides whether the case is the township's (乡域管辖) or the county's; the category decides unless overridden.</summary>
public sealed record TriageCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>township or county, overriding the category's jurisdiction.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Triage note.</summary>
    public string? Note { get; init; }
}
