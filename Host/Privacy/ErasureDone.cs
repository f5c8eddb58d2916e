namespace CaseFlow.Host.Privacy;

/// <summary>A case whose personal data was just erased.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ErasedAt">When its key was destroyed.</param>
/// <param name="ErasedBy">The administrator who erased it.</param>
/// <param name="Reason">Why, as they stated it.</param>
/// <param name="Message">What changed, in words.</param>
internal sealed record ErasureDone(Guid CaseId, DateTimeOffset ErasedAt, string ErasedBy, string Reason, string Message);
