namespace CaseFlow.Contracts.Events;

/// <summary>A message to the person who raised the case.</summary>
public sealed record ReporterNotified
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Reporter name.</summary>
    public string Reporter { get; init; } = "";

    /// <summary>Where to reach them.</summary>
    public string? Phone { get; init; }

    /// <summary>What they are told.</summary>
    public string Message { get; init; } = "";

    /// <summary>
    /// The reporter's own link to the case (sent once, with the receipt at submission): where they follow it and confirm, dispute
    /// or rate its result. Whoever holds it can do that, so it goes to the reporter alone.
    /// </summary>
    public string? Link { get; init; }

    /// <summary>The code in <see cref="Link"/>, for a caller that builds the link itself (sent with the receipt only).</summary>
    public string? Code { get; init; }
}
