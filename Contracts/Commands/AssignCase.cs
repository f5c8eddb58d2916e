namespace CaseFlow.Contracts.Commands;

/// <summary>The platform's leader routes the case to an office, with co-handlers for joint handling.</summary>
public sealed record AssignCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Lead office (主办); the category's lead office when omitted.</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Co-handling offices (协办); empty for single-office handling.</summary>
    public IReadOnlyList<string> CoHandlers { get; init; } = [];

    /// <summary>Instructions.</summary>
    public string? Note { get; init; }
}
