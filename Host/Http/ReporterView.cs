namespace CaseFlow.Host.Http;

/// <summary>A case as its reporter sees it through their link: where it stands and what they may do, without anyone's personal data.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Number">Its case number (工单编号), the one to quote when calling about it; null for a case received before numbers were given.</param>
/// <param name="Title">Its title.</param>
/// <param name="Category">Its category's name.</param>
/// <param name="Stage">The name of the workflow it is in.</param>
/// <param name="Status">The name of its state there.</param>
/// <param name="Ended">True once it has ended.</param>
/// <param name="SubmittedAt">When it was received.</param>
/// <param name="HandlingDeadline">When it must be handled by.</param>
/// <param name="Result">Its handling result, once there is one.</param>
/// <param name="YouMayNow">The commands the reporter may send now (confirm or dispute the result, rate it).</param>
internal sealed record ReporterView(
    Guid CaseId, string? Number, string Title, string Category, string Stage, string Status, bool Ended, DateTimeOffset SubmittedAt, DateTimeOffset? HandlingDeadline,
    string? Result, IReadOnlyList<string> YouMayNow);
