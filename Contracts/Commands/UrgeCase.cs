namespace CaseFlow.Contracts.Commands;

/// <summary>The command room urges the office (催办).</summary>
public sealed record UrgeCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Urging note.</summary>
    public string? Note { get; init; }
}
