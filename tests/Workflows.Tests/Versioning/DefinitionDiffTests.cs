using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Tests.Compilation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Workflows.Tests.Versioning;

/// <summary>The diff of two definitions on known changes to the real township.</summary>
public class DefinitionDiffTests
{
    private static TownshipDefinition Real => RealWorkflows.Definition.Definition;

    [Test]
    public void Compare_TheSameDefinition_FindsNothing()
    {
        var changes = DefinitionDiff.Compare(Real, Real);

        Assert.That(changes.IsEmpty, Is.True);
        Assert.That(changes.ToText(), Is.EqualTo("No changes." + Environment.NewLine));
    }

    [Test]
    public void Compare_CategoryAdded_ListsItWithPlatformLeadOfficeJurisdictionAndDeadline()
    {
        var noise = new Category
        {
            Id = "noise-nuisance", Name = "噪声扰民", Platform = "governance", LeadOffice = "police-station",
            Jurisdiction = "township", Deadline = new Deadline { WorkingDays = 5 },
        };
        var changed = Real with { Categories = [.. Real.Categories, noise] };

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes, Has.Count.EqualTo(1));
        Assert.That(changes[0], Is.EqualTo(new DefinitionChange("category", "added", "noise-nuisance",
            "噪声扰民: platform governance, lead office police-station, jurisdiction township, deadline 5 working days, urgent none")));
        Assert.That(changes[0].Line, Does.StartWith("+ category noise-nuisance: "));
    }

    [Test]
    public void Compare_DeadlineChanged_SaysTheOldAndTheNewDeadline()
    {
        var changed = Real with
        {
            Categories = Real.Categories.Select(c => c.Id == "illegal-construction" ? c with { Deadline = new Deadline { WorkingDays = 30 } } : c).ToList(),
        };
        var old = DefinitionDiff.Describe(Real.Categories.Single(c => c.Id == "illegal-construction").Deadline);

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes, Is.EqualTo(new[] { new DefinitionChange("category", "changed", "illegal-construction", $"deadline {old} → 30 working days") }));
        Assert.That(old, Is.Not.EqualTo("30 working days"), "the test must change the deadline");
    }

    [Test]
    public void Compare_UrgentDeadlineChanged_SaysTheOldAndTheNew()
    {
        var changed = Real with
        {
            Categories = Real.Categories.Select(c => c.Id == "food-safety" ? c with { UrgentDeadline = new Deadline { WorkingHours = 2 } } : c).ToList(),
        };
        var old = DefinitionDiff.Describe(Real.Categories.Single(c => c.Id == "food-safety").UrgentDeadline);

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(old, Is.Not.EqualTo("2 working hours"), "the test must change the urgent deadline");
        Assert.That(changes, Is.EqualTo(new[] { new DefinitionChange("category", "changed", "food-safety", $"urgent deadline {old} → 2 working hours") }));
    }

    [Test]
    public void Compare_HolidayYearAddedAndPolicyChanged_ListsTheCalendarYearAndTheSetting()
    {
        var calendar = Real.Calendar!;
        var nextYear = calendar.Years[^1] with { Year = calendar.Years[^1].Year + 1 };
        var changed = Real with
        {
            Calendar = calendar with { Years = [.. calendar.Years, nextYear] },
            Supervision = Real.Supervision! with { WarnAt = 0.7 },
        };

        var changes = DefinitionDiff.Compare(Real, changed);

        Assert.That(changes.Items.Select(c => (c.Kind, c.Change, c.Subject)), Is.EqualTo(new[]
        {
            ("calendar", "added", $"{nextYear.Year}"),
            ("supervision", "changed", "policy"),
        }));
        Assert.That(changes.Items[1].Detail, Does.Contain("warnAt 0.8 → 0.7"));
        Assert.That(changes.ToText(), Does.Contain("Calendar").And.Contain("Supervision"));
    }

    [Test]
    public void Compare_AssessmentPolicyChanged_ListsTheSettingOldAndNew()
    {
        var changed = Real with { Assessment = Real.Assessment! with { CallbackWithin = new Deadline { WorkingDays = 5 } } };

        var changes = DefinitionDiff.Compare(Real, changed);

        Assert.That(changes.Items.Select(c => (c.Kind, c.Change, c.Subject)), Is.EqualTo(new[] { ("assessment", "changed", "policy") }));
        Assert.That(changes.Items[0].Detail, Does.Contain("callbackWithin").And.Contain("\"workingDays\":3").And.Contain("\"workingDays\":5"));
        Assert.That(changes.ToText(), Does.Contain("Assessment"));
    }

    [Test]
    public void Compare_CategoryMovedToAnotherPlatformAndOffice_NamesBothFields()
    {
        var changed = Real with
        {
            Categories = Real.Categories.Select(c => c.Id == "neighbour-dispute" ? c with { Platform = "public-service", LeadOffice = "justice-office" } : c).ToList(),
        };

        var change = DefinitionDiff.Compare(Real, changed).Items.Single();

        Assert.That(change.Detail, Is.EqualTo("platform governance → public-service; lead office mediation-committee → justice-office"));
    }

    [Test]
    public void Compare_StateRemoved_ListsTheStateAndEveryTransitionThatTouchedIt()
    {
        var handle = Real.Workflows.Single(w => w.Id == "handle");
        var without = handle with
        {
            States = handle.States.Where(s => s.Id != "Extended").ToList(),
            Transitions = handle.Transitions.Where(t => t.From != "Extended" && t.To != "Extended").ToList(),
        };
        var changed = Real with { Workflows = Real.Workflows.Select(w => w.Id == "handle" ? without : w).ToList() };
        var touching = handle.Transitions.Count(t => t.From == "Extended" || t.To == "Extended");

        var changes = DefinitionDiff.Compare(Real, changed);

        Assert.Multiple(() =>
        {
            Assert.That(changes.Items.Where(c => c.Kind == "state").Select(c => c.Line), Is.EqualTo(new[] { "- state handle.Extended: " + handle.States.Single(s => s.Id == "Extended").Name }));
            Assert.That(changes.Items.Where(c => c.Kind == "transition").Select(c => c.Change).ToList(), Has.Count.EqualTo(touching).And.All.EqualTo("removed"));
            Assert.That(changes.Items.Where(c => c.Kind == "transition").Select(c => c.Subject), Has.Some.EqualTo("handle: ExtensionRequested --DecideExtension--> Extended"));
            Assert.That(touching, Is.GreaterThan(1));
        });
    }

    [Test]
    public void Compare_TransitionAdded_ShowsFromTriggerToWithWhoMayFireItGuardAndEffects()
    {
        var handle = Real.Workflows.Single(w => w.Id == "handle");
        var added = new TransitionDefinition
        {
            From = "ExtensionRequested", Trigger = "Return", To = "Returned", Effects = ["case.returned"], By = ["leadOffice"],
            Guard = new Condition { Field = "returns", Op = "lt", Value = System.Text.Json.JsonDocument.Parse("3").RootElement },
        };
        var changed = Real with
        {
            Workflows = Real.Workflows.Select(w => w.Id == "handle" ? w with { Transitions = [.. w.Transitions, added] } : w).ToList(),
        };

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes, Is.EqualTo(new[]
        {
            new DefinitionChange("transition", "added", "handle: ExtensionRequested --Return--> Returned", "by leadOffice, when returns < 3, effects case.returned"),
        }));
        Assert.That(handle.Transitions.Any(t => t.From == "ExtensionRequested" && t.Trigger == "Return"), Is.False, "the transition must be new");
    }

    [Test]
    public void Compare_EffectsOfATransitionChanged_IsAChangedTransition()
    {
        var changed = Real with
        {
            Workflows = Real.Workflows.Select(w => w.Id != "dispatch" ? w : w with
            {
                Transitions = w.Transitions.Select(t => t.From == "AwaitingDispatch" && t.Trigger == "Dispatch" ? t with { Effects = [] } : t).ToList(),
            }).ToList(),
        };

        var change = DefinitionDiff.Compare(Real, changed).Items.Single();

        Assert.That(change.Line, Is.EqualTo("~ transition dispatch: AwaitingDispatch --Dispatch--> AssignedToPlatform: effects notify.platform → (none)"));
    }

    [Test]
    public void Compare_OfficeAddedAndStateAdded_AreGroupedUnderTheirHeadingsInReportOrder()
    {
        var handle = Real.Workflows.Single(w => w.Id == "handle");
        var changed = Real with
        {
            Organisation = Real.Organisation with { Offices = [.. Real.Organisation.Offices, new Office { Id = "noise-squad", Name = "噪声巡查队", Kind = "force" }] },
            Workflows = Real.Workflows.Select(w => w.Id == "handle" ? w with { States = [.. w.States, new StateDefinition { Id = "OnSite", Name = "现场处置" }] } : w).ToList(),
            Categories = Real.Categories.Where(c => c.Id != "medical-insurance").ToList(),
        };

        var text = DefinitionDiff.Compare(Real, changed).ToText();

        Assert.That(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "Categories",
            "  - medical-insurance: " + Describe(Real.Categories.Single(c => c.Id == "medical-insurance")),
            "Offices",
            "  + noise-squad: 噪声巡查队 (force)",
            "States",
            "  + handle.OnSite: 现场处置",
        }));
        Assert.That(handle.States.Any(s => s.Id == "OnSite"), Is.False);
    }

    [Test]
    public void Compare_Reversed_TurnsAddedIntoRemoved()
    {
        var changed = Real with { Categories = Real.Categories.Skip(1).ToList() };

        var forward = DefinitionDiff.Compare(Real, changed).Items.Single();
        var backward = DefinitionDiff.Compare(changed, Real).Items.Single();

        Assert.That((forward.Change, backward.Change, backward.Subject), Is.EqualTo(("removed", "added", Real.Categories[0].Id)));
    }

    [Test]
    public void Describe_Deadlines_InDaysOrHours()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DefinitionDiff.Describe(new Deadline { WorkingDays = 10 }), Is.EqualTo("10 working days"));
            Assert.That(DefinitionDiff.Describe(new Deadline { WorkingHours = 4 }), Is.EqualTo("4 working hours"));
            Assert.That(DefinitionDiff.Describe(null), Is.EqualTo("none"));
        });
    }

    private static string Describe(Category c) =>
        $"{c.Name}: platform {c.Platform}, lead office {c.LeadOffice}, jurisdiction {c.Jurisdiction}, deadline {DefinitionDiff.Describe(c.Deadline)}, urgent {DefinitionDiff.Describe(c.UrgentDeadline)}";
}
