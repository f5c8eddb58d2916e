namespace CaseFlow.Engine.Cases;

/// <summary>A request to move a case: a trigger from the definition's vocabulary, who asks, and its data.</summary>
public sealed record CaseCommand
{
    /// <summary>The trigger name, e.g. SignFor; <see cref="Triggers.Submit"/> creates a case.</summary>
    public required string Trigger { get; init; }

    /// <summary>The case; for a submission, the id the new case will take.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>
    /// The position the caller acts in: an organisation id (command room, office, leader, grid member, system), or
    /// <see cref="Positions.Reporter"/> / <see cref="Positions.TimerPump"/>. The transport has authenticated it: HTTP from the
    /// caller's token, the bus from the broker user, the reporter's link, the timer pump itself.
    /// </summary>
    public required string Actor { get; init; }

    /// <summary>Who the caller is, as the transport authenticated them (an account, a token's subject, a broker user); recorded with the event.</summary>
    public string? Identity { get; init; }

    /// <summary>The transport's message id, when the command came as a message: a redelivery with the same id has one effect.</summary>
    public Guid? MessageId { get; init; }

    /// <summary>
    /// Ids of files the same identity uploaded beforehand, to be recorded with the command: the case service turns each into the
    /// <see cref="AttachmentRecord"/> the event's payload carries (a caller never supplies those records itself).
    /// </summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>The command's data.</summary>
    public CasePayload Payload { get; init; } = CasePayload.Empty;
}
