namespace CaseFlow.Host.Admin;

/// <summary>What changed between two definition versions (or a draft and the current version).</summary>
/// <param name="From">The older version (null: none).</param>
/// <param name="To">The newer version (null: the draft).</param>
/// <param name="Count">How many changes.</param>
/// <param name="Changes">Each change.</param>
/// <param name="ByKind">The changes' lines grouped by what they change.</param>
/// <param name="Text">The changes in words, one per line.</param>
internal sealed record DefinitionChangesView(int? From, int? To, int Count, IReadOnlyList<DefinitionChangeView> Changes, IReadOnlyDictionary<string, string[]> ByKind, string Text);

/// <summary>One change of a definition.</summary>
/// <param name="Kind">What it changes (category, workflow, state, transition…).</param>
/// <param name="Change">added, removed or changed.</param>
/// <param name="Subject">The id of what changed.</param>
/// <param name="Detail">How, in words.</param>
/// <param name="Line">The change in one line.</param>
internal sealed record DefinitionChangeView(string Kind, string Change, string Subject, string Detail, string Line);

/// <summary>A draft definition that is valid, and what publishing it would change.</summary>
/// <param name="Valid">Always true (an invalid draft is answered 422).</param>
/// <param name="WorkflowSetId">The draft's definition id.</param>
/// <param name="ContentHash">The hash of its content.</param>
/// <param name="StoredAs">The version already holding this very content, if any.</param>
/// <param name="ChangesFromCurrent">What it changes from the current version.</param>
internal sealed record DefinitionValidation(bool Valid, string WorkflowSetId, string ContentHash, int? StoredAs, DefinitionChangesView ChangesFromCurrent);

/// <summary>A published definition.</summary>
/// <param name="Created">True when it made a new version (false: the content was already stored).</param>
/// <param name="BecameCurrent">True when new cases are now pinned to it.</param>
/// <param name="Outcome">What happened, in words.</param>
/// <param name="Version">The version that holds it.</param>
/// <param name="ChangesFromPrevious">What it changed from the version current before.</param>
internal sealed record DefinitionPublished(bool Created, bool BecameCurrent, string Outcome, DefinitionVersionView Version, DefinitionChangesView ChangesFromPrevious);
