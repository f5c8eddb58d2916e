namespace CaseFlow.Contracts.Commands;

/// <summary>Records the reporter's satisfaction rating; closes the case (督查考核).</summary>
public sealed record RateCase
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The reporter's satisfaction rating (满意 / 基本满意 / 不满意).</summary>
    public string Rating { get; init; } = "";

    /// <summary>The reporter's words, if any.</summary>
    public string? Comment { get; init; }
}
