using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Model;

/// <summary>The township declared as data: its organisation, case categories, calendar, supervision and closed-loop workflows (the root of workflows.json).</summary>
public sealed record TownshipDefinition
{
    /// <summary>The JSON Schema the file declares for editors; carried so that a round trip keeps it.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Stable id of this workflow set (the same across versions).</summary>
    public string Id { get; init; } = "";

    /// <summary>Human-readable name of the township.</summary>
    public string Name { get; init; } = "";

    /// <summary>Where every new case starts: the id of the receive workflow.</summary>
    public string EntryWorkflow { get; init; } = "";

    /// <summary>Who may submit a new case: roles from <see cref="Catalogue.Roles"/> (a grid member for their own grid, the command room, an intake system …).</summary>
    public IReadOnlyList<string> SubmittedBy { get; init; } = [];

    /// <summary>
    /// The case fields that hold personal data here, from <see cref="Catalogue.PersonalFields"/>: the reporter's name, phone and ID
    /// number are personal whether listed or not; a free-text field listed is sealed and masked like them.
    /// </summary>
    public IReadOnlyList<string> PersonalData { get; init; } = [];

    /// <summary>The command room, leaders, platforms, offices, villages, grids and the systems that talk to CaseFlow.</summary>
    public Organisation Organisation { get; init; } = new();

    /// <summary>Every kind of case the township recognises, with its routing and deadline.</summary>
    public IReadOnlyList<Category> Categories { get; init; } = [];

    /// <summary>The working calendar deadlines are counted on; without one, cases have no deadlines or timers.</summary>
    public CalendarDefinition? Calendar { get; init; }

    /// <summary>How cases are supervised against their deadlines; needs <see cref="Calendar"/>.</summary>
    public SupervisionPolicy? Supervision { get; init; }

    /// <summary>How cases are assessed: the callback survey's time limit and the territorial assessment's weights.</summary>
    public AssessmentPolicy? Assessment { get; init; }

    /// <summary>The closed-loop processes, each a state machine.</summary>
    public IReadOnlyList<WorkflowDefinition> Workflows { get; init; } = [];
}
