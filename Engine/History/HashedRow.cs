namespace CaseFlow.Engine.History;

/// <summary>
/// One stored event as the store holds it, every column its hash covers: what verification reads instead of whole events, so that
/// the payload and effects are hashed as stored JSON rather than decoded and serialised again.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">1-based position in the case's history.</param>
/// <param name="Trigger">The trigger that produced it.</param>
/// <param name="From">workflow.state before.</param>
/// <param name="Reached">workflow.state the transition reached.</param>
/// <param name="To">workflow.state afterwards.</param>
/// <param name="Supervision">The supervision state afterwards, or null.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="Identity">The authenticated identity that acted (empty on older events).</param>
/// <param name="ActorKind">What kind of actor acted.</param>
/// <param name="At">When it was recorded, as the store's round-trip text.</param>
/// <param name="DefinitionVersion">The definition version the case runs under.</param>
/// <param name="PayloadJson">The payload's stored JSON.</param>
/// <param name="EffectsJson">The effects' stored JSON.</param>
/// <param name="PreviousHash">The hash it links to.</param>
/// <param name="Hash">The hash stored with it.</param>
public sealed record HashedRow(
    Guid CaseId,
    long Sequence,
    string Trigger,
    string From,
    string Reached,
    string To,
    string? Supervision,
    string Actor,
    string Identity,
    string ActorKind,
    string At,
    int DefinitionVersion,
    string PayloadJson,
    string EffectsJson,
    string PreviousHash,
    string Hash);
