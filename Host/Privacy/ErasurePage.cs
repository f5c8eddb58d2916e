using CaseFlow.Engine.Privacy;

namespace CaseFlow.Host.Privacy;

/// <summary>The erasures of personal data in a period.</summary>
/// <param name="From">The period's start.</param>
/// <param name="To">The period's end.</param>
/// <param name="Erasures">Whose personal data was erased, when, by whom and why.</param>
internal sealed record ErasurePage(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<Erasure> Erasures);
