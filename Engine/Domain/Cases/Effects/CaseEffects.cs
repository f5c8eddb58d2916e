using System.Collections.Frozen;
using CaseFlow.Workflows;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// The one registry of the effects the engine implements, checked against the catalogue: every effect the catalogue names has exactly
/// one implementation here, and every implementation is of an effect the catalogue names.
/// </summary>
public static class CaseEffects
{
    private static readonly IReadOnlyList<ICaseEffect> Registered =
    [
        new NotifyPlatform(),
        new NotifyOffice(),
        new JointStart(),
        new ClockStart(),
        new NotifyCommandRoom(),
        new NotifyReporter(),
        new CaseReturned(),
        new CaseReopened(),
        new CaseClosed(),
        new CountyEscalate(),
        new CountySentBack(),
        new CountyUrged(),
        new ExtensionRequested(),
        new ExtensionDecided(),
        new SupervisionWarn(),
        new SupervisionUrge(),
        new SupervisionOverdue(),
        new SupervisionEscalate(),
        new SupervisionSignForOverdue(),
        new SupervisionSignForEscalate(),
        new SupervisionCountySilence(),
        new CountyUrge(),
        new CallbackRecorded(),
        new CallbackOverdue(),
    ];

    private static readonly Lazy<FrozenDictionary<string, ICaseEffect>> ByName = new(() => Index(Registered));

    /// <summary>Every registered effect.</summary>
    public static IReadOnlyList<ICaseEffect> All => Registered;

    /// <summary>The implementation of the named effect; throws when the engine has none (a definition naming it is refused when published).</summary>
    public static ICaseEffect Of(string name) =>
        ByName.Value.TryGetValue(name, out var effect)
            ? effect
            : throw new InvalidOperationException($"effect '{name}' has no implementation in the engine; implemented: {string.Join(", ", ByName.Value.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>What is wrong between a set of implementations and a catalogue of effects: names without an implementation, implementations of no catalogued effect, and names implemented twice.</summary>
    public static IReadOnlyList<string> Mismatches(IEnumerable<ICaseEffect> implementations, IEnumerable<string> catalogue)
    {
        ArgumentNullException.ThrowIfNull(implementations);
        ArgumentNullException.ThrowIfNull(catalogue);
        var implemented = implementations.GroupBy(e => e.Name, StringComparer.Ordinal).ToList();
        var named = catalogue.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. named.Where(n => implemented.All(g => g.Key != n)).Order(StringComparer.Ordinal)
                .Select(n => $"the catalogue names effect '{n}' but the engine has no implementation of it (add a class implementing {nameof(ICaseEffect)} and register it in {nameof(CaseEffects)})"),
            .. implemented.Where(g => !named.Contains(g.Key)).Select(g => g.Key).Order(StringComparer.Ordinal)
                .Select(n => $"the engine implements effect '{n}' but the catalogue does not name it (add it to Catalogue.Effects with what it does, or remove the implementation)"),
            .. implemented.Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal)
                .Select(n => $"effect '{n}' is implemented {implemented.Single(g => g.Key == n).Count()} times; register one implementation"),
        ];
    }

    /// <summary>Throws with every mismatch when the registry and the catalogue disagree; called at start-up so that the engine never runs half an effect set.</summary>
    public static void EnsureMatchesCatalogue()
    {
        if (Mismatches(Registered, Catalogue.Effects.Keys) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"the engine's effects do not match the catalogue: {string.Join("; ", problems)}");
        }
    }

    /// <summary>Each effect a definition's transitions use that the engine does not implement, with the JSON path that names it.</summary>
    public static IReadOnlyList<(string Path, string Message)> Unimplemented(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<(string, string)>();
        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            var transitions = definition.Workflows[w].Transitions;
            for (var t = 0; t < transitions.Count; t++)
            {
                // A transition declared from several states is read as several: report its declaration once, at its own index.
                if (transitions[t].Source?.IsFirst == false)
                {
                    continue;
                }

                var effects = transitions[t].Effects;
                var declared = transitions[t].Source?.Index ?? t;
                for (var i = 0; i < effects.Count; i++)
                {
                    if (!ByName.Value.ContainsKey(effects[i]))
                    {
                        problems.Add(($"$.workflows[{w}].transitions[{declared}].effects[{i}]", $"effect '{effects[i]}' is not implemented by this engine; it implements: {string.Join(", ", ByName.Value.Keys.Order(StringComparer.Ordinal))}"));
                    }
                }
            }
        }

        return problems;
    }

    private static FrozenDictionary<string, ICaseEffect> Index(IReadOnlyList<ICaseEffect> effects)
    {
        EnsureMatchesCatalogue();
        return effects.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
    }
}
