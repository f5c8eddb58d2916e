using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench;

/// <summary>
/// The names a person reads for the definition's ids: in Chinese the names the definition declares (已登记, 派出所 …), in English
/// the ids themselves (the definition declares no English names). An id the definition does not know is shown as it is.
/// </summary>
public sealed class Names(CompiledDefinition definition, bool chinese)
{
    /// <summary>A state, given as a position <c>workflow.State</c> or as a state id of <paramref name="workflow"/>.</summary>
    public string State(string? position, string? workflow = null)
    {
        if (string.IsNullOrEmpty(position))
        {
            return "";
        }

        var dot = position.IndexOf('.', StringComparison.Ordinal);
        var (flow, id) = dot > 0 ? (position[..dot], position[(dot + 1)..]) : (workflow ?? "", position);
        if (!chinese)
        {
            return id;
        }

        var state = definition.Workflows.TryGetValue(flow, out var compiled) ? compiled.Definition.States.FirstOrDefault(s => s.Id == id) : null;
        return state?.Name is { Length: > 0 } name ? name : id;
    }

    /// <summary>A workflow (受理, 分派 …).</summary>
    public string Workflow(string? id) =>
        Pick(id, id is not null && definition.Workflows.TryGetValue(id, out var w) ? w.Definition.Name : null);

    /// <summary>An office.</summary>
    public string Office(string? id) => Pick(id, id is null ? null : definition.Office(id)?.Name);

    /// <summary>A platform.</summary>
    public string Platform(string? id) => Pick(id, id is null ? null : definition.Platform(id)?.Name);

    /// <summary>A category of case.</summary>
    public string Category(string? id) => Pick(id, id is null ? null : definition.Category(id)?.Name);

    /// <summary>A village.</summary>
    public string Village(string? id) => Pick(id, definition.Definition.Organisation.Villages.FirstOrDefault(v => v.Id == id)?.Name);

    /// <summary>A grid.</summary>
    public string Grid(string? id) => Pick(id, definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Id == id)?.Name);

    /// <summary>Whoever an actor id names: the command room, an office, a leader, a grid member or a system.</summary>
    public string Actor(string? id)
    {
        var organisation = definition.Definition.Organisation;
        var name = id is null ? null
            : id == organisation.CommandRoom.Id ? organisation.CommandRoom.Name
            : definition.Office(id)?.Name
              ?? organisation.Leaders.FirstOrDefault(l => l.Id == id)?.Title
              ?? organisation.Grids.FirstOrDefault(g => g.Member.Id == id)?.Member.Name
              ?? organisation.Systems.FirstOrDefault(s => s.Id == id)?.Name;
        return Pick(id, name);
    }

    private string Pick(string? id, string? name) => chinese && !string.IsNullOrEmpty(name) ? name : id ?? "";
}
