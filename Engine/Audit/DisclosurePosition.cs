namespace CaseFlow.Engine.Audit;

/// <summary>A place in the record of disclosures (oldest first), where the next page starts.</summary>
/// <param name="At">When the last disclosure listed was made.</param>
/// <param name="Seq">Its running number in the record.</param>
public readonly record struct DisclosurePosition(DateTimeOffset At, long Seq);
