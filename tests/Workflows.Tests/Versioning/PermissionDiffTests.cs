using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Tests.Compilation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Workflows.Tests.Versioning;

/// <summary>The diff shows who may act: the roles on a transition, who may submit a case, and the organisation's systems.</summary>
public class PermissionDiffTests
{
    private static TownshipDefinition Real => RealWorkflows.Definition.Definition;

    [Test]
    public void Compare_WhoMayFireATransitionChanged_SaysTheOldAndTheNewRoles()
    {
        var changed = WithBy(Real, "dispatch", "AssignedToPlatform", "Assign", "AssignedToOffice", ["commandRoom", "platformCoordinator"]);

        var changes = DefinitionDiff.Compare(Real, changed);

        Assert.That(changes.Items.Single().Line,
            Is.EqualTo("~ transition dispatch: AssignedToPlatform --Assign--> AssignedToOffice: who may fire it platformCoordinator → commandRoom, platformCoordinator"));
        Assert.That(changes.ToText(), Does.Contain("Transitions"));
    }

    [Test]
    public void Compare_SameRolesInAnotherOrder_FindsNothing()
    {
        var changed = WithBy(Real, "supervise", "OnTrack", "Urge", "OnTrack", ["system", "platformCoordinator", "commandRoom"]);

        Assert.That(DefinitionDiff.Compare(Real, changed).IsEmpty, Is.True);
    }

    [Test]
    public void Compare_VersionWithoutRoles_ShowsEachTransitionGainingItsRoles()
    {
        var before = Real with { Workflows = Real.Workflows.Select(w => w with { Transitions = w.Transitions.Select(t => t with { By = [] }).ToList() }).ToList() };

        var changes = DefinitionDiff.Compare(before, Real).Items;

        Assert.That(changes, Has.Count.EqualTo(Real.Workflows.Sum(w => w.Transitions.Count)));
        Assert.That(changes.Select(c => c.Line), Does.Contain("~ transition receive: Submitted --Register--> Registered: who may fire it (none) → commandRoom"));
    }

    [Test]
    public void Compare_WhoMaySubmitChanged_IsAChangeOfTheWorkflowSet()
    {
        var changed = Real with { SubmittedBy = Real.SubmittedBy.Where(r => r != "gridMember").ToList() };

        var change = DefinitionDiff.Compare(Real, changed).Items.Single();

        Assert.That(change.Kind, Is.EqualTo("workflow set"));
        Assert.That(change.Detail, Is.EqualTo($"who may submit a case {string.Join(", ", Real.SubmittedBy)} → {string.Join(", ", changed.SubmittedBy)}"));
        Assert.That(Real.SubmittedBy, Does.Contain("gridMember"), "the test must change who may submit");
    }

    [Test]
    public void Compare_SystemsAddedRemovedAndChanged_AreListedUnderSystems()
    {
        var systems = Real.Organisation.Systems;
        var changed = Real with
        {
            Organisation = Real.Organisation with
            {
                Systems =
                [
                    .. systems.Where(s => s.Id != "service-hotline").Select(s => s.Id == "shi-an-tong" ? s with { Name = "食安通" } : s),
                    new ExternalSystem { Id = "zheli-ban", Name = "浙里办", Role = "intake" },
                ],
            },
        };
        var old = systems.Single(s => s.Id == "shi-an-tong").Name;
        var hotline = systems.Single(s => s.Id == "service-hotline");

        var text = DefinitionDiff.Compare(Real, changed).ToText();

        Assert.That(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "Systems",
            "  + zheli-ban: 浙里办 (intake)",
            $"  - service-hotline: {hotline.Name} (intake)",
            $"  ~ shi-an-tong: name {old} → 食安通",
        }));
    }

    private static TownshipDefinition WithBy(TownshipDefinition definition, string workflow, string from, string trigger, string to, List<string> by) =>
        definition with
        {
            Workflows = definition.Workflows.Select(w => w.Id != workflow ? w : w with
            {
                Transitions = w.Transitions.Select(t => t.From == from && t.Trigger == trigger && t.To == to ? t with { By = by } : t).ToList(),
            }).ToList(),
        };
}
