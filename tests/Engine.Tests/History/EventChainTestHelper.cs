using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>Recomputes a whole chain, as a forger with the code could: what the chain alone cannot catch, replay must.</summary>
internal static class EventChainTestHelper
{
    public static IReadOnlyList<CaseEvent> Reseal(IReadOnlyList<CaseEvent> history) =>
        EventChain.Seal(history.Select(e => e with { Hash = "", PreviousHash = "" }).ToList(), null);
}
