using System.Collections.Immutable;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Eight cases that differ in every way a list filters by, with instants in two offsets and to the tick around the boundaries, and
/// the filters with the cases each must let through (worked out by hand from the cases, not by running a filter).
/// </summary>
internal static class FilteredCases
{
    /// <summary>The instant overdue is judged at.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The start of 25 November in the township: the period filters' boundary.</summary>
    public static readonly DateTimeOffset From = new(2026, 11, 25, 0, 0, 0, China);

    /// <summary>The start of 27 November in the township.</summary>
    public static readonly DateTimeOffset To = new(2026, 11, 27, 0, 0, 0, China);

    /// <summary>The cases, by client key; each updated a minute after the one before, so newest first is h, g, f … a.</summary>
    public static IReadOnlyList<CaseState> All()
    {
        var cases = new[]
        {
            // In handling, on track, due in an hour; a co-handler is the police station.
            Case("a", "handle", "InProgress") with
            {
                Platform = "governance", LeadOffice = "mediation-committee", CoHandlers = [new CoHandler("police-station", true)],
                Supervision = "OnTrack", HandlingDeadline = Now.AddHours(1).ToOffset(China), Village = "village-1", Grid = "grid-1",
                SubmittedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, China),
            },

            // In handling, its deadline passed a tick before now; submitted a tick before the period starts.
            Case("b", "handle", "InProgress") with
            {
                Platform = "enforcement", LeadOffice = "demolition-office", Supervision = "Overdue",
                HandlingDeadline = Now.AddTicks(-1).ToOffset(China), Village = "village-2", Grid = "grid-3",
                SubmittedAt = From.AddTicks(-1).ToUniversalTime(),
            },

            // Assigned, awaiting sign-for, whose sign-for deadline falls exactly now; submitted exactly as the period starts.
            Case("c", "dispatch", "AssignedToOffice") with
            {
                Platform = "governance", LeadOffice = "police-station", SignForDeadline = Now, Village = "village-1", Grid = "grid-2",
                SubmittedAt = From,
            },

            // Completed and reported: its handling deadline has passed but handling (and supervision) is over.
            Case("d", "feedback", "ResultReported") with
            {
                Platform = "enforcement", LeadOffice = "demolition-office", HandlingDeadline = Now.AddDays(-1),
                SubmittedAt = new DateTimeOffset(2026, 11, 26, 15, 30, 0, China).AddTicks(1234567),
            },

            // Closed, with a stale sign-for deadline; submitted exactly as the period ends.
            Case("e", "assess", "Closed") with
            {
                IsFinal = true, Platform = "services", CountyStatus = CountyStatuses.Resolved, SignForDeadline = Now.AddDays(-2),
                SubmittedAt = To,
            },

            Case("f", "dispatch", "Returned") with { Platform = "governance", SubmittedAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, China) },

            Case("g", "handle", "Returned") with
            {
                Platform = "services", LeadOffice = "civil-affairs-office", CoHandlers = [new CoHandler("demolition-office", false)],
                Supervision = "Warned", HandlingDeadline = Now.AddDays(1), SubmittedAt = new DateTimeOffset(2026, 11, 29, 9, 0, 0, China),
            },

            Case("h", "dispatch", "EscalatedToCounty") with
            {
                Jurisdiction = "county", CountyStatus = CountyStatuses.Escalated, SubmittedAt = new DateTimeOffset(2026, 11, 29, 10, 0, 0, China),
            },
        };
        return [.. cases.Select((c, i) => c with { UpdatedAt = Now.AddMinutes(i - 60) })];
    }

    /// <summary>Each filter, named for the test's title, with the client keys of the cases it lets through, newest first.</summary>
    public static IEnumerable<TestCaseData> Filters()
    {
        TestCaseData Expect(string name, CaseFilter filter, params string[] keys) => new TestCaseData(filter, keys).SetArgDisplayNames(name);

        yield return Expect("none", CaseFilter.None, "h", "g", "f", "e", "d", "c", "b", "a");
        yield return Expect("workflow", new CaseFilter { Workflow = "handle" }, "g", "b", "a");
        yield return Expect("bare state, any workflow", new CaseFilter { States = ["Returned"] }, "g", "f");
        yield return Expect("position", new CaseFilter { States = ["handle.Returned"] }, "g");
        yield return Expect("several states", new CaseFilter { States = ["dispatch.AssignedToOffice", "handle.InProgress"] }, "c", "b", "a");
        yield return Expect("workflow and bare state", new CaseFilter { Workflow = "dispatch", States = ["Returned", "InProgress"] }, "f");
        yield return Expect("platform", new CaseFilter { Platform = "governance" }, "f", "c", "a");
        yield return Expect("office as lead or co-handler", new CaseFilter { Office = "police-station" }, "c", "a");
        yield return Expect("office as co-handler not yet reported", new CaseFilter { Office = "demolition-office" }, "g", "d", "b");
        yield return Expect("supervision", new CaseFilter { Supervision = "Overdue" }, "b");
        yield return Expect("overdue", new CaseFilter { Overdue = true, Now = Now }, "c", "b");
        yield return Expect("overdue a tick earlier", new CaseFilter { Overdue = true, Now = Now.AddTicks(-1) }, "b");
        yield return Expect("not overdue", new CaseFilter { Overdue = false, Now = Now }, "h", "g", "f", "e", "d", "a");
        yield return Expect("county status", new CaseFilter { CountyStatus = CountyStatuses.Escalated }, "h");
        yield return Expect("village", new CaseFilter { Village = "village-1" }, "c", "a");
        yield return Expect("grid", new CaseFilter { Grid = "grid-3" }, "b");
        yield return Expect("period, half-open", new CaseFilter { SubmittedFrom = From, SubmittedTo = To }, "d", "c");
        yield return Expect("from only", new CaseFilter { SubmittedFrom = To }, "h", "g", "f", "e");
        yield return Expect("to only", new CaseFilter { SubmittedTo = From }, "b", "a");
        yield return Expect("final", new CaseFilter { Final = true }, "e");
        yield return Expect("open", new CaseFilter { Final = false }, "h", "g", "f", "d", "c", "b", "a");
        yield return Expect("several at once", new CaseFilter { Platform = "governance", Overdue = true, Now = Now, Final = false }, "c");
        yield return Expect("nothing matches", new CaseFilter { Platform = "governance", Village = "village-2" });
    }

    private static CaseState Case(string key, string workflow, string state) =>
        StoredCase.Snapshot(Guid.NewGuid(), key, 1, workflow, state) with
        {
            Platform = null,
            LeadOffice = null,
            CoHandlers = ImmutableList<CoHandler>.Empty,
        };
}
