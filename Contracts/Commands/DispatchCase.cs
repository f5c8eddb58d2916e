namespace CaseFlow.Contracts.Commands;

/// <summary>The command room dispatches the case to a platform (分流交办).</summary>
public sealed record DispatchCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Platform id; the category's platform when omitted.</summary>
    public string? Platform { get; init; }

    /// <summary>Instructions.</summary>
    public string? Note { get; init; }
}
