namespace CaseFlow.Host.Admin;

/// <summary>A definition version with its categories and workflows.</summary>
/// <param name="Version">The version's number.</param>
/// <param name="Current">True for the version new cases are pinned to.</param>
/// <param name="WorkflowSetId">The definition's id.</param>
/// <param name="Name">The definition's name.</param>
/// <param name="ContentHash">The hash of its content.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Source">How it was published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="Categories">Its case categories.</param>
/// <param name="Workflows">Its workflows.</param>
internal sealed record DefinitionDetail(
    int Version, bool Current, string WorkflowSetId, string Name, string ContentHash, DateTimeOffset? PublishedAt, string Source, string PublishedBy,
    IReadOnlyList<DefinitionCategory> Categories, IReadOnlyList<DefinitionWorkflow> Workflows);

/// <summary>A case category: where its cases go and their deadline.</summary>
/// <param name="Id">The category's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Platform">The platform its cases are dispatched to.</param>
/// <param name="LeadOffice">The office that leads them.</param>
/// <param name="Jurisdiction">township or county.</param>
/// <param name="Deadline">Its handling deadline, in words.</param>
internal sealed record DefinitionCategory(string Id, string Name, string Platform, string LeadOffice, string Jurisdiction, string Deadline);

/// <summary>A workflow of a definition version.</summary>
/// <param name="Id">The workflow's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Initial">The state a case enters it in.</param>
/// <param name="RunsBeside">The workflow it runs beside (supervision), if any.</param>
/// <param name="States">Its states' ids.</param>
/// <param name="Triggers">The commands it takes.</param>
/// <param name="Diagram">Where it is drawn.</param>
internal sealed record DefinitionWorkflow(string Id, string Name, string Initial, string? RunsBeside, IReadOnlyList<string> States, IReadOnlyList<string> Triggers, string Diagram);
