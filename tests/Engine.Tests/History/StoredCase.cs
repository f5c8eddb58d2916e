using System.Collections.Immutable;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.History;

/// <summary>Hand-made events and snapshots for store tests, with every field set so a lost field shows.</summary>
internal static class StoredCase
{
    public static CaseEvent Submitted(Guid caseId, string clientKey) => new()
    {
        CaseId = caseId,
        Sequence = 1,
        Trigger = "Submit",
        From = "",
        Reached = "receive.Submitted",
        To = "receive.Submitted",
        Actor = "service-hotline",
        At = new DateTimeOffset(2025, 3, 3, 9, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(4567),
        DefinitionVersion = 2,
        Payload = new CasePayload
        {
            ClientKey = clientKey,
            Category = "neighbour-dispute",
            Title = "邻里纠纷",
            Description = "A fence moved onto the neighbour's plot.",
            Channel = "hotline",
            Priority = "urgent",
            Reporter = new Reporter("蓝女士", "0578-5512345", "332527199001011234"),
            Location = "雾溪村口",
            Village = "village-1",
            Grid = "grid-1",
            Jurisdiction = "township",
        },
    };

    /// <summary>An event with every optional field set, as the given sequence.</summary>
    public static CaseEvent Busy(Guid caseId, long sequence, string actor = "mediation-committee") => new()
    {
        CaseId = caseId,
        Sequence = sequence,
        Trigger = "Assign",
        From = "dispatch.AssignedToPlatform",
        Reached = "dispatch.JointHandling",
        To = "dispatch.JointHandling",
        Supervision = "Warned",
        Actor = actor,
        At = new DateTimeOffset(2025, 3, 4, 15, 30, 0, TimeSpan.FromHours(8)).AddMinutes(sequence),
        DefinitionVersion = 2,
        Payload = new CasePayload
        {
            Platform = "governance",
            LeadOffice = "mediation-committee",
            CoHandlers = ["police-station", "justice-office"],
            Office = "police-station",
            Reason = "why",
            Note = "note",
            Result = "result",
            Feedback = "disputed",
            Rating = "dissatisfied",
            Approved = false,
            WorkingDays = 3,
            DuplicateOf = Guid.Parse("0195a3a4-0000-7000-8000-000000000001"),
        },
        Effects = ["notify.office", "joint.start"],
    };

    /// <summary>The snapshot stored beside the events, at a version and position.</summary>
    public static CaseState Snapshot(Guid caseId, string clientKey, long version, string workflow = "dispatch", string state = "JointHandling") => new()
    {
        Id = caseId,
        ClientKey = clientKey,
        DefinitionVersion = 2,
        Version = version,
        Workflow = workflow,
        State = state,
        Category = "neighbour-dispute",
        Channel = "hotline",
        Jurisdiction = "township",
        Reporter = new Reporter("蓝女士", "0578-5512345", null),
        Platform = "governance",
        LeadOffice = "mediation-committee",
        CoHandlers = ImmutableList.Create(new CoHandler("police-station", true), new CoHandler("justice-office", false)),
        SubmittedAt = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)),
        UpdatedAt = new DateTimeOffset(2025, 3, 4, 15, 30, 0, TimeSpan.Zero).AddMinutes(version),
    };
}
