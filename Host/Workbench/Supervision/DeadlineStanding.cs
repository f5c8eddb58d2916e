namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>Where an open case stands against its deadline, by the supervision policy.</summary>
public enum DeadlineStanding
{
    /// <summary>No deadline passed and none near (or no deadline at all).</summary>
    InTime,

    /// <summary>Within the warning window: the policy's share (warnAt) of the handling time has passed, the deadline has not.</summary>
    Warned,

    /// <summary>A deadline (sign-for or handling) has passed.</summary>
    Overdue,
}
