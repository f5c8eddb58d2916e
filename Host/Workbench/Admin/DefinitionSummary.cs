using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>How much a definition declares, counted as an administrator reads it.</summary>
/// <param name="Workflows">Workflows, the supervising one included.</param>
/// <param name="States">States of every workflow.</param>
/// <param name="Transitions">Transitions of every workflow.</param>
/// <param name="Categories">Case categories.</param>
/// <param name="Offices">Offices, stations and dispatched agencies.</param>
public sealed record DefinitionSummary(int Workflows, int States, int Transitions, int Categories, int Offices)
{
    /// <summary>Counts what the definition declares.</summary>
    public static DefinitionSummary Of(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var declared = definition.Definition;
        return new DefinitionSummary(
            declared.Workflows.Count,
            declared.Workflows.Sum(w => w.States.Count),
            declared.Workflows.Sum(w => w.Transitions.Count),
            declared.Categories.Count,
            declared.Organisation.Offices.Count);
    }
}
