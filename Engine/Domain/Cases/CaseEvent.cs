namespace CaseFlow.Engine.Cases;

/// <summary>One entry of a case's append-only history: what happened, who did it, when, under which definition, and what it caused.</summary>
public sealed record CaseEvent
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>1-based position in the case's history.</summary>
    public required long Sequence { get; init; }

    /// <summary>The trigger (or Submit) that produced it.</summary>
    public required string Trigger { get; init; }

    /// <summary>workflow.state before (empty for the submission).</summary>
    public required string From { get; init; }

    /// <summary>workflow.state the transition reached, before any hand-off.</summary>
    public required string Reached { get; init; }

    /// <summary>workflow.state the case is in afterwards (after a hand-off to another workflow).</summary>
    public required string To { get; init; }

    /// <summary>The supervision state afterwards; null when the case is not supervised.</summary>
    public string? Supervision { get; init; }

    /// <summary>Who did it: the position acted in (an organisation id, the reporter, or the timer pump).</summary>
    public required string Actor { get; init; }

    /// <summary>The authenticated identity that acted in that position (an account, a token's subject, a broker user); empty on events recorded before identities were.</summary>
    public string Identity { get; init; } = "";

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The definition version the case runs under.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>The data recorded with it.</summary>
    public CasePayload Payload { get; init; } = CasePayload.Empty;

    /// <summary>Effects performed, from the catalogue.</summary>
    public IReadOnlyList<string> Effects { get; init; } = [];

    /// <summary>What kind of actor acted (see <see cref="ActorKinds"/>).</summary>
    public string ActorKind { get; init; } = "";

    /// <summary>The hash of the case's previous event (<c>EventChain.Genesis</c> for the first).</summary>
    public string PreviousHash { get; init; } = "";

    /// <summary>SHA-256 over this event's canonical content and <see cref="PreviousHash"/>: the link that makes the history tamper-evident.</summary>
    public string Hash { get; init; } = "";
}
