namespace CaseFlow.Host.Admin;

/// <summary>A published definition version: its particulars and where its content and diagrams are.</summary>
/// <param name="Version">The version's number.</param>
/// <param name="Current">True for the version new cases are pinned to.</param>
/// <param name="WorkflowSetId">The definition's id.</param>
/// <param name="ContentHash">The hash of its content.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Source">How it was published (the admin API, the verb, the file watcher, the workbench).</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="Links">Where its parts are.</param>
internal sealed record DefinitionVersionView(
    int Version, bool Current, string WorkflowSetId, string ContentHash, DateTimeOffset? PublishedAt, string Source, string PublishedBy, DefinitionVersionLinks Links);

/// <summary>Where a definition version's parts are.</summary>
/// <param name="Self">The version.</param>
/// <param name="Content">Its workflows.json, as published.</param>
/// <param name="Diagrams">Its workflows drawn, as Markdown with Mermaid.</param>
internal sealed record DefinitionVersionLinks(string Self, string Content, string Diagrams);

/// <summary>Every published definition version.</summary>
/// <param name="Current">The current version's number.</param>
/// <param name="Versions">Every version, oldest first.</param>
internal sealed record DefinitionVersionList(int Current, IReadOnlyList<DefinitionVersionView> Versions);
