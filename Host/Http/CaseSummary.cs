namespace CaseFlow.Host.Http;

/// <summary>A case in a list, or as submitted: where it stands and its deadlines, without its history or the reporter.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="Number">Its case number (工单编号), e.g. YHWX-20261201-0007, the one people quote; null for a case received before numbers were given, or where the township declares no code.</param>
/// <param name="ClientKey">The submitter's key for it; submitting the same key again answers with this case.</param>
/// <param name="Position">Where it stands, written workflow.State.</param>
/// <param name="Workflow">The workflow it is in.</param>
/// <param name="State">Its state in that workflow.</param>
/// <param name="Supervision">Its state in the supervising workflow, when one runs beside.</param>
/// <param name="IsFinal">True once it has ended.</param>
/// <param name="Category">The definition's category id.</param>
/// <param name="Platform">The platform it was dispatched to.</param>
/// <param name="LeadOffice">The office leading its handling.</param>
/// <param name="CountyStatus">Where it stands with the county, once escalated.</param>
/// <param name="SignForDeadline">When it must be signed for.</param>
/// <param name="HandlingDeadline">When it must be handled.</param>
/// <param name="IsProvisional">True while a deadline falls in a year the working calendar does not declare yet.</param>
/// <param name="CalendarVersion">The working calendar its deadlines were counted on.</param>
/// <param name="Version">How many events it has: the version a command was decided on.</param>
/// <param name="DefinitionVersion">The definition version it is pinned to.</param>
/// <param name="SubmittedAt">When it was received.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record CaseSummary(
    Guid Id,
    string? Number,
    string ClientKey,
    string Position,
    string Workflow,
    string State,
    string? Supervision,
    bool IsFinal,
    string Category,
    string? Platform,
    string? LeadOffice,
    string? CountyStatus,
    DateTimeOffset? SignForDeadline,
    DateTimeOffset? HandlingDeadline,
    bool IsProvisional,
    int? CalendarVersion,
    long Version,
    int DefinitionVersion,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);
