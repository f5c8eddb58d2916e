using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Geography;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Wire;

/// <summary>
/// The values a contract field may take where the set is closed, read from whatever owns the set: the engine's <see cref="Vocabulary"/>
/// and <see cref="Jurisdictions"/> for values fixed in code, the definition for the ids it declares (categories, platforms, offices,
/// villages, grids). A field is known by its JSON name, which means the same in every contract, as in the engine's field errors.
/// </summary>
public static class AllowedValues
{
    /// <summary>The values <paramref name="name"/> may take in <paramref name="contract"/>, in a stable order; null when the set is open.</summary>
    public static IReadOnlyList<string>? For(Type contract, string name, TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Organisation;
        var isCommand = WireContracts.Commands.Contains(contract);
        return name switch
        {
            "channel" => Sorted(Vocabulary.Channels),
            "priority" => Sorted(Vocabulary.Priorities),

            // CaseFlow writes an empty rating for a case that ended without one (found invalid, a duplicate, closed unrated).
            "rating" => isCommand ? Sorted(Vocabulary.Ratings) : [.. Sorted(Vocabulary.Ratings), ""],
            "outcome" => Sorted(Vocabulary.FeedbackOutcomes),
            "jurisdiction" => [Jurisdictions.Township, Jurisdictions.County],
            "category" => [.. definition.Categories.Select(c => c.Id)],
            "platform" or "platforms" => [.. organisation.Platforms.Select(p => p.Id)],
            "leadOffice" or "coHandlers" => [.. organisation.Offices.Select(o => o.Id)],

            // An event's office is the position that acted, which the definition's permissions decide, not necessarily an office.
            "office" when isCommand => [.. organisation.Offices.Select(o => o.Id)],
            "village" => [.. organisation.Villages.Select(v => v.Id)],
            "grid" => [.. organisation.Grids.Select(g => g.Id)],
            "datum" => [.. GeoDatums.All],
            _ => null,
        };
    }

    private static string[] Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
