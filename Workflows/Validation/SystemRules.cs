using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// The organisation's systems: each acts under an id of its own, so that id must be unique among everyone recorded as acting
/// (the command room, leaders, offices, grid members, the timer pump, the reporter), and holds a known system role.
/// </summary>
internal static class SystemRules
{
    // Actor names CaseFlow itself records: the timer pump's steps and the reporter's.
    private static readonly Dictionary<string, string> Reserved = new(StringComparer.Ordinal)
    {
        ["system"] = "CaseFlow's own timer pump",
        ["reporter"] = "the person who reported a case",
    };

    public static void Check(Organisation organisation, ErrorList errors)
    {
        const string root = "$.organisation.systems";
        errors.Ids(organisation.Systems, s => s.Id, root, "system");
        var actors = Actors(organisation);
        for (var i = 0; i < organisation.Systems.Count; i++)
        {
            var system = organisation.Systems[i];
            if (Reserved.TryGetValue(system.Id, out var meaning))
            {
                errors.Add($"{root}[{i}].id", $"'{system.Id}' is reserved: it is recorded as the actor for {meaning}; give the system an id of its own, e.g. \"county-12345\" or \"shi-an-tong\"");
            }
            // A missing id is reported by Ids above, not as a clash with another missing id.
            else if (!string.IsNullOrWhiteSpace(system.Id) && actors.TryGetValue(system.Id, out var holder))
            {
                errors.Add($"{root}[{i}].id", $"system id '{system.Id}' is already the id of {holder}; an id is recorded as who acted, so every system needs one no one else has");
            }

            if (!Catalogue.SystemRoles.Contains(system.Role))
            {
                errors.Add($"{root}[{i}].role", $"unknown system role '{system.Role}'; roles are: {ErrorList.List(Catalogue.SystemRoles)} (county: the county 12345 system; intake: a township system that submits cases)");
            }
        }
    }

    /// <summary>Every other id recorded as an actor, with what it belongs to; the first holder of an id wins.</summary>
    private static Dictionary<string, string> Actors(Organisation organisation)
    {
        var actors = new Dictionary<string, string>(StringComparer.Ordinal);
        actors.TryAdd(organisation.CommandRoom.Id, "the command room");
        foreach (var leader in organisation.Leaders)
        {
            actors.TryAdd(leader.Id, $"the leader {leader.Title}");
        }

        foreach (var office in organisation.Offices)
        {
            actors.TryAdd(office.Id, $"the office {office.Name}");
        }

        foreach (var grid in organisation.Grids)
        {
            actors.TryAdd(grid.Member.Id, $"the grid member of {grid.Id}");
        }

        return actors;
    }
}
