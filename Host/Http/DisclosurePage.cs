using CaseFlow.Engine.Audit;

namespace CaseFlow.Host.Http;

/// <summary>One page of the disclosures of personal data in a period, oldest first.</summary>
/// <param name="From">The period's start.</param>
/// <param name="To">The period's end.</param>
/// <param name="Disclosures">Who saw personal data, when, of what and why.</param>
internal sealed record DisclosurePage(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<Disclosure> Disclosures);
