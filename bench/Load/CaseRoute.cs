using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Bench.Load;

/// <summary>Who acts on a case of one category: the platform's coordinator assigns it, the category's lead office handles it.</summary>
internal sealed record CaseRoute(string Category, string Platform, string Coordinator, string LeadOffice)
{
    /// <summary>One route per in-scope (township) category of the definition, so the load spreads over all four platforms.</summary>
    public static IReadOnlyList<CaseRoute> InScope(CompiledDefinition definition) =>
        definition.Definition.Categories
            .Where(c => c.Jurisdiction == Jurisdictions.Township)
            .Select(c => new CaseRoute(c.Id, c.Platform, definition.Platform(c.Platform)!.Coordinator, c.LeadOffice))
            .ToList();
}
