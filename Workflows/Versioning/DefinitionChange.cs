namespace CaseFlow.Workflows.Versioning;

/// <summary>One difference between two definition versions, in the terms an administrator reads.</summary>
/// <param name="Kind">What changed: one of <see cref="ChangeKinds"/> (category, office, state, transition …).</param>
/// <param name="Change">added, removed or changed (see <see cref="ChangeActions"/>).</param>
/// <param name="Subject">Which one, e.g. <c>illegal-construction</c>, <c>handle.Accepted</c> or <c>handle: Accepted --SignFor--&gt; InProgress</c>.</param>
/// <param name="Detail">What it is (added, removed) or what differs, old → new (changed).</param>
public sealed record DefinitionChange(string Kind, string Change, string Subject, string Detail)
{
    /// <summary>The change as one line: <c>+ category noise: …</c>, <c>- state handle.Extended</c>, <c>~ category x: deadline 10 → 15 working days</c>.</summary>
    public string Line => $"{Sign} {Kind} {Subject}{(Detail.Length == 0 ? "" : ": " + Detail)}";

    /// <summary>+ for added, - for removed, ~ for changed.</summary>
    public string Sign => Change switch
    {
        ChangeActions.Added => "+",
        ChangeActions.Removed => "-",
        _ => "~",
    };

    /// <inheritdoc />
    public override string ToString() => Line;
}

/// <summary>What a change did to its subject.</summary>
public static class ChangeActions
{
    /// <summary>Present in the newer version only.</summary>
    public const string Added = "added";

    /// <summary>Present in the older version only.</summary>
    public const string Removed = "removed";

    /// <summary>Present in both, with different settings.</summary>
    public const string Changed = "changed";
}

/// <summary>The kinds of thing a definition diff reports, in the order it reports them.</summary>
public static class ChangeKinds
{
    /// <summary>The workflow set itself: its id, name, entry workflow and who may submit a case.</summary>
    public const string WorkflowSet = "workflow set";

    /// <summary>A case category (platform, lead office, jurisdiction, deadlines).</summary>
    public const string Category = "category";

    /// <summary>The working calendar: time zone, working week and hours, each year's holidays and make-up workdays.</summary>
    public const string Calendar = "calendar";

    /// <summary>The supervision policy: warnings, urging, escalation intervals, extension and return limits, county silence.</summary>
    public const string Supervision = "supervision";

    /// <summary>The assessment policy: the callback time limit and the territorial assessment's weights.</summary>
    public const string Assessment = "assessment";

    /// <summary>The command room and the escalation ladder.</summary>
    public const string Organisation = "organisation";

    /// <summary>One of the four platforms.</summary>
    public const string Platform = "platform";

    /// <summary>An office, station or dispatched agency.</summary>
    public const string Office = "office";

    /// <summary>A township leader.</summary>
    public const string Leader = "leader";

    /// <summary>An administrative village.</summary>
    public const string Village = "village";

    /// <summary>A grid and its grid member.</summary>
    public const string Grid = "grid";

    /// <summary>A system that acts on cases under its own name (the county 12345 system, an intake system) and its role.</summary>
    public const string System = "system";

    /// <summary>A workflow (its name, initial state, triggers).</summary>
    public const string Workflow = "workflow";

    /// <summary>A state of a workflow.</summary>
    public const string State = "state";

    /// <summary>A transition (from, trigger, to) with who may fire it, its guard and effects.</summary>
    public const string Transition = "transition";

    /// <summary>Every kind, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [WorkflowSet, Category, Organisation, Platform, Office, Leader, Village, Grid, System, Workflow, State, Transition, Calendar, Supervision, Assessment];

    /// <summary>The heading a group of changes of this kind is printed under.</summary>
    public static string Heading(string kind) => kind switch
    {
        WorkflowSet => "Workflow set",
        Category => "Categories",
        Organisation => "Organisation",
        Platform => "Platforms",
        Office => "Offices",
        Leader => "Leaders",
        Village => "Villages",
        Grid => "Grids",
        System => "Systems",
        Workflow => "Workflows",
        State => "States",
        Transition => "Transitions",
        Calendar => "Calendar",
        Supervision => "Supervision",
        Assessment => "Assessment",
        _ => kind,
    };
}
