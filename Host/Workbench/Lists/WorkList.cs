namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// One of a person's work lists, named as its link writes it: <c>todo:Trigger@workflow.State</c> (the cases on which the position may
/// send that trigger, from that state), <c>due-soon</c>, <c>overdue</c>, <c>escalated</c> or <c>in-hand</c>. The trigger and state are
/// the definition's ids, never written here: a list of what to do exists only because the definition declares it.
/// </summary>
/// <param name="Kind">What the list holds.</param>
/// <param name="Trigger">For a to-do list, the trigger the position may send.</param>
/// <param name="State">For a to-do list, the position <c>workflow.State</c> the trigger is sent from.</param>
public sealed record WorkList(WorkListKind Kind, string? Trigger = null, string? State = null)
{
    private const string ToDoPrefix = "todo:";

    /// <summary>The cases past a sign-for or handling deadline.</summary>
    public static WorkList Overdue { get; } = new(WorkListKind.Overdue);

    /// <summary>The cases whose deadline falls within the supervision policy's warning window.</summary>
    public static WorkList DueSoon { get; } = new(WorkListKind.DueSoon);

    /// <summary>The cases whose escalation reached the position.</summary>
    public static WorkList Escalated { get; } = new(WorkListKind.Escalated);

    /// <summary>The open cases in the position's charge.</summary>
    public static WorkList InHand { get; } = new(WorkListKind.InHand);

    /// <summary>A to-do list: the cases in <paramref name="state"/> on which the position may send <paramref name="trigger"/>.</summary>
    public static WorkList ToDo(string trigger, string state) => new(WorkListKind.ToDo, trigger, state);

    /// <summary>The list's id as links and forms carry it.</summary>
    public string Id => Kind switch
    {
        WorkListKind.ToDo => $"{ToDoPrefix}{Trigger}@{State}",
        WorkListKind.DueSoon => "due-soon",
        WorkListKind.Overdue => "overdue",
        WorkListKind.Escalated => "escalated",
        _ => "in-hand",
    };

    /// <summary>Reads a list id; null when it is not one (whether the definition declares its trigger and state is for the caller to check).</summary>
    public static WorkList? Parse(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return null;
        }

        foreach (var fixedList in new[] { DueSoon, Overdue, Escalated, InHand })
        {
            if (fixedList.Id == id)
            {
                return fixedList;
            }
        }

        if (!id.StartsWith(ToDoPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = id[ToDoPrefix.Length..];
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < rest.Length - 1 ? ToDo(rest[..at], rest[(at + 1)..]) : null;
    }
}

/// <summary>What a work list holds.</summary>
public enum WorkListKind
{
    /// <summary>Cases on which the position may act now, by trigger and state.</summary>
    ToDo,

    /// <summary>Cases whose deadline is near (即将超期).</summary>
    DueSoon,

    /// <summary>Cases past their deadline (已超期).</summary>
    Overdue,

    /// <summary>Cases escalated up the ladder to the position.</summary>
    Escalated,

    /// <summary>Open cases in the position's charge (在办).</summary>
    InHand,
}
