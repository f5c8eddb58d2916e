namespace CaseFlow.Engine.History;

/// <summary>
/// One stored event as the store holds it, every column its hash covers, the text columns as the UTF-8 bytes stored: what
/// verification hashes instead of whole events, so that nothing is decoded into strings and the payload and effects are hashed as
/// stored JSON rather than deserialised and serialised again. A view into a <see cref="StoredRows"/> batch, valid until the batch is
/// refilled.
/// </summary>
public readonly ref struct StoredRow
{
    /// <summary>The case.</summary>
    public Guid CaseId { get; init; }

    /// <summary>1-based position in the case's history.</summary>
    public long Sequence { get; init; }

    /// <summary>The trigger that produced it.</summary>
    public ReadOnlySpan<byte> Trigger { get; init; }

    /// <summary>workflow.state before.</summary>
    public ReadOnlySpan<byte> From { get; init; }

    /// <summary>workflow.state the transition reached.</summary>
    public ReadOnlySpan<byte> Reached { get; init; }

    /// <summary>workflow.state afterwards.</summary>
    public ReadOnlySpan<byte> To { get; init; }

    /// <summary>True when the event has a supervision state (the column is not null).</summary>
    public bool HasSupervision { get; init; }

    /// <summary>The supervision state afterwards (empty when <see cref="HasSupervision"/> is false).</summary>
    public ReadOnlySpan<byte> Supervision { get; init; }

    /// <summary>Who acted.</summary>
    public ReadOnlySpan<byte> Actor { get; init; }

    /// <summary>The authenticated identity that acted (empty on older events).</summary>
    public ReadOnlySpan<byte> Identity { get; init; }

    /// <summary>What kind of actor acted.</summary>
    public ReadOnlySpan<byte> ActorKind { get; init; }

    /// <summary>When it was recorded, as the store's round-trip text.</summary>
    public ReadOnlySpan<byte> At { get; init; }

    /// <summary>The definition version the case runs under.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>The payload's stored JSON.</summary>
    public ReadOnlySpan<byte> PayloadJson { get; init; }

    /// <summary>The effects' stored JSON.</summary>
    public ReadOnlySpan<byte> EffectsJson { get; init; }

    /// <summary>The hash it links to.</summary>
    public ReadOnlySpan<byte> PreviousHash { get; init; }

    /// <summary>The hash stored with it.</summary>
    public ReadOnlySpan<byte> Hash { get; init; }
}
