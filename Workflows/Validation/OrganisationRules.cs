using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Organisation checks: unique ids, and every office, leader, platform and village reference resolves.</summary>
internal static class OrganisationRules
{
    public static void Check(Organisation organisation, ErrorList errors)
    {
        const string root = "$.organisation";
        var offices = errors.Ids(organisation.Offices, o => o.Id, $"{root}.offices", "office");
        var leaders = errors.Ids(organisation.Leaders, l => l.Id, $"{root}.leaders", "leader");
        var platforms = errors.Ids(organisation.Platforms, p => p.Id, $"{root}.platforms", "platform");
        var villages = errors.Ids(organisation.Villages, v => v.Id, $"{root}.villages", "village");
        errors.Ids(organisation.Grids, g => g.Id, $"{root}.grids", "grid");

        if (string.IsNullOrWhiteSpace(organisation.CommandRoom.Id))
        {
            errors.Add($"{root}.commandRoom.id", "the command room needs an id");
        }

        errors.Reference(organisation.CommandRoom.HostOffice, offices, $"{root}.commandRoom.hostOffice", "office");

        for (var i = 0; i < organisation.Leaders.Count; i++)
        {
            var role = organisation.Leaders[i].Role;
            if (!Catalogue.LeaderRoles.Contains(role))
            {
                errors.Add($"{root}.leaders[{i}].role", $"unknown leader role '{role}'; roles are: {ErrorList.List(Catalogue.LeaderRoles)}");
            }
        }

        foreach (var role in new[] { "mainLeader", "deputySecretary" })
        {
            if (organisation.Leaders.Count(l => l.Role == role) != 1)
            {
                errors.Add($"{root}.leaders", $"exactly one leader must have the role '{role}' (the escalation ladder reaches them)");
            }
        }

        for (var i = 0; i < organisation.Platforms.Count; i++)
        {
            var platform = organisation.Platforms[i];
            var path = $"{root}.platforms[{i}]";
            errors.Reference(platform.LeadOffice, offices, $"{path}.leadOffice", "office");
            errors.Reference(platform.ManagementOffice, offices, $"{path}.managementOffice", "office");
            errors.Reference(platform.Coordinator, leaders, $"{path}.coordinator", "leader");
            for (var f = 0; f < platform.Forces.Count; f++)
            {
                errors.Reference(platform.Forces[f], offices, $"{path}.forces[{f}]", "office");
            }
        }

        for (var i = 0; i < organisation.Offices.Count; i++)
        {
            for (var p = 0; p < organisation.Offices[i].Platforms.Count; p++)
            {
                errors.Reference(organisation.Offices[i].Platforms[p], platforms, $"{root}.offices[{i}].platforms[{p}]", "platform");
            }
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < organisation.Grids.Count; i++)
        {
            errors.Reference(organisation.Grids[i].Village, villages, $"{root}.grids[{i}].village", "village");
            var member = organisation.Grids[i].Member.Id;
            if (string.IsNullOrWhiteSpace(member))
            {
                errors.Add($"{root}.grids[{i}].member.id", "every grid has one grid member (一格一员) with an id");
            }
            else if (!members.Add(member))
            {
                errors.Add($"{root}.grids[{i}].member.id", $"duplicate grid member id '{member}': one member serves one grid (一格一员), and each grid member id must be unique");
            }
        }

        CheckLadder(organisation.EscalationLadder, errors, $"{root}.escalationLadder");
    }

    private static void CheckLadder(IReadOnlyList<EscalationRung> ladder, ErrorList errors, string path)
    {
        var rungs = ladder.Select(r => r.Id).ToList();
        if (!rungs.SequenceEqual(Catalogue.LadderRungs))
        {
            errors.Add(path, $"the escalation ladder must be, lowest first: {string.Join(" → ", Catalogue.LadderRungs)}; found: {(rungs.Count == 0 ? "(empty)" : string.Join(" → ", rungs))}");
        }
    }
}
