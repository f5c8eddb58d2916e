using System.Text.Json;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Versioning;

/// <summary>The organisation part of a definition diff: command room, escalation ladder, platforms, offices, leaders, villages, grids, systems.</summary>
internal static class OrganisationDiff
{
    public static void Compare(ChangeList changes, Organisation from, Organisation to)
    {
        var room = new[]
        {
            ChangeList.Field("command room id", from.CommandRoom.Id, to.CommandRoom.Id),
            ChangeList.Field("command room name", from.CommandRoom.Name, to.CommandRoom.Name),
            ChangeList.Field("command room host office", from.CommandRoom.HostOffice, to.CommandRoom.HostOffice),
            ChangeList.Field("escalation ladder", Ladder(from), Ladder(to)),
            ChangeList.Field("map datum", from.MapDatum, to.MapDatum),
        }.OfType<string>().ToList();
        if (room.Count > 0)
        {
            changes.Add(ChangeKinds.Organisation, ChangeActions.Changed, "organisation", string.Join("; ", room));
        }

        changes.Keyed(ChangeKinds.Platform, from.Platforms, to.Platforms, p => p.Id,
            p => $"{p.Name}: lead office {p.LeadOffice}, coordinator {p.Coordinator}, management office {p.ManagementOffice}, {p.Forces.Count} forces",
            (old, now) =>
            [
                ChangeList.Field("name", old.Name, now.Name),
                ChangeList.Field("lead office", old.LeadOffice, now.LeadOffice),
                ChangeList.Field("coordinator", old.Coordinator, now.Coordinator),
                ChangeList.Field("management office", old.ManagementOffice, now.ManagementOffice),
                ChangeList.Set("forces", old.Forces, now.Forces),
            ]);
        changes.Keyed(ChangeKinds.Office, from.Offices, to.Offices, o => o.Id,
            o => $"{o.Name} ({o.Kind}){(o.Platforms.Count == 0 ? "" : ", platforms " + string.Join(", ", o.Platforms))}",
            (old, now) =>
            [
                ChangeList.Field("name", old.Name, now.Name),
                ChangeList.Field("kind", old.Kind, now.Kind),
                ChangeList.Set("platforms", old.Platforms, now.Platforms),
            ]);
        changes.Keyed(ChangeKinds.Leader, from.Leaders, to.Leaders, l => l.Id,
            l => $"{l.Title} ({l.Role})",
            (old, now) => [ChangeList.Field("title", old.Title, now.Title), ChangeList.Field("role", old.Role, now.Role)]);
        changes.Keyed(ChangeKinds.Village, from.Villages, to.Villages, v => v.Id,
            v => v.Name,
            (old, now) => [ChangeList.Field("name", old.Name, now.Name), Outline(old.Boundary, now.Boundary)]);
        changes.Keyed(ChangeKinds.Grid, from.Grids, to.Grids, g => g.Id,
            g => $"{g.Name} in {g.Village}, grid member {g.Member.Id}",
            (old, now) =>
            [
                ChangeList.Field("name", old.Name, now.Name),
                ChangeList.Field("village", old.Village, now.Village),
                ChangeList.Field("grid member", old.Member.Id, now.Member.Id),
                ChangeList.Field("grid member name", old.Member.Name, now.Member.Name),
                Outline(old.Boundary, now.Boundary),
            ]);
        changes.Keyed(ChangeKinds.System, from.Systems, to.Systems, s => s.Id,
            s => $"{s.Name} ({s.Role})",
            (old, now) => [ChangeList.Field("name", old.Name, now.Name), ChangeList.Field("role", old.Role, now.Role)]);
    }

    /// <summary>"boundary (none) → Polygon" when one is added, removed or changes type, "boundary redrawn" when its positions change, else null.</summary>
    private static string? Outline(Boundary? old, Boundary? now)
    {
        static string? Text(Boundary? b) => b is null ? null : $"{b.Type} {JsonSerializer.Serialize(b.Coordinates)}";
        if (string.Equals(Text(old), Text(now), StringComparison.Ordinal))
        {
            return null;
        }

        return old is not null && now is not null && old.Type == now.Type ? "boundary redrawn" : ChangeList.Field("boundary", old?.Type, now?.Type);
    }

    private static string Ladder(Organisation organisation) => string.Join(" → ", organisation.EscalationLadder.Select(r => r.Id));
}
