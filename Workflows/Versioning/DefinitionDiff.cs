using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Versioning;

/// <summary>
/// Compares two definitions in the terms an administrator reads: categories, organisation, workflows, states and transitions
/// added, removed or changed. Pure: the same two definitions always give the same changes in the same order.
/// </summary>
public static class DefinitionDiff
{
    /// <summary>What changed from <paramref name="from"/> (the older version) to <paramref name="to"/>.</summary>
    public static DefinitionChanges Compare(TownshipDefinition from, TownshipDefinition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new ChangeList();
        WorkflowSet(changes, from, to);
        changes.Keyed(ChangeKinds.Category, from.Categories, to.Categories, c => c.Id, Describe, CategoryDifferences);
        OrganisationDiff.Compare(changes, from.Organisation, to.Organisation);
        WorkflowDiff.Compare(changes, from.Workflows, to.Workflows);
        PolicyDiff.Compare(changes, from, to);
        return new DefinitionChanges(changes.Items);
    }

    /// <summary>A deadline as people say it: "10 working days", "4 working hours".</summary>
    public static string Describe(Deadline? deadline) => deadline switch
    {
        null => "none",
        { WorkingHours: > 0 } d => $"{d.WorkingHours} working hours",
        var d => $"{d.WorkingDays} working days",
    };

    private static void WorkflowSet(ChangeList changes, TownshipDefinition from, TownshipDefinition to)
    {
        var differences = new[]
        {
            ChangeList.Field("id", from.Id, to.Id),
            ChangeList.Field("name", from.Name, to.Name),
            ChangeList.Field("entry workflow", from.EntryWorkflow, to.EntryWorkflow),
            ChangeList.Unordered("who may submit a case", from.SubmittedBy, to.SubmittedBy),
            ChangeList.Unordered("fields marked personal", from.PersonalData, to.PersonalData),
        }.OfType<string>().ToList();
        if (differences.Count > 0)
        {
            changes.Add(ChangeKinds.WorkflowSet, ChangeActions.Changed, to.Id, string.Join("; ", differences));
        }
    }

    private static string Describe(Category c) =>
        $"{c.Name}: platform {c.Platform}, lead office {c.LeadOffice}, jurisdiction {c.Jurisdiction}, deadline {Describe(c.Deadline)}, urgent {Describe(c.UrgentDeadline)}";

    private static IEnumerable<string?> CategoryDifferences(Category old, Category now) =>
    [
        ChangeList.Field("name", old.Name, now.Name),
        ChangeList.Field("platform", old.Platform, now.Platform),
        ChangeList.Field("lead office", old.LeadOffice, now.LeadOffice),
        ChangeList.Field("jurisdiction", old.Jurisdiction, now.Jurisdiction),
        ChangeList.Field("campaign", old.Campaign, now.Campaign),
        ChangeList.Field("deadline", Describe(old.Deadline), Describe(now.Deadline)),
        ChangeList.Field("urgent deadline", Describe(old.UrgentDeadline), Describe(now.UrgentDeadline)),
    ];
}
