using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Documentation;

namespace CaseFlow.Workflows.Tests.Documentation;

public class PermissionTableTests
{
    private static readonly CompiledDefinition Real = CompiledDefinition.Parse(RepositoryFiles.Definition);

    [Test]
    public void Markdown_RealDefinition_IsTheTableTheAdministratorsPageCarries()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepositoryFiles.DefinitionPath)!, "docs", "administrators.md")).ReplaceLineEndings("\n");
        var begin = readme.IndexOf(PermissionTable.Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(PermissionTable.End, StringComparison.Ordinal);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0), "docs/administrators.md should carry the table between its markers");
        var carried = readme[(begin + PermissionTable.Begin.Length)..end].Trim();

        Assert.That(carried, Is.EqualTo(PermissionTable.Markdown(Real.Definition).ReplaceLineEndings("\n").Trim()),
            "docs/administrators.md's table of who may do what is out of date: run `dotnet run --project Host -- permissions` and paste its output between the markers");
    }

    [Test]
    public void Markdown_RealDefinition_GivesTheAssignmentToThePlatformCoordinatorAndSupervisionStepsToTheTimerPump()
    {
        var table = PermissionTable.Markdown(Real.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Contain("| dispatch | Assign | AssignedToPlatform | platformCoordinator |"));
            Assert.That(table, Does.Contain("| supervise | MarkOverdue | OnTrack, Warned | system |"));
            Assert.That(table, Does.Contain("| dispatch | Return | AssignedToOffice, JointHandling | leadOffice |"));
            Assert.That(table, Does.Contain("| receive | Submit (a new case) | — | commandRoom, gridMember, intakeSystem, county |"));
        });
    }

    [Test]
    public void Markdown_TransitionWithoutRoles_SaysNobody()
    {
        var definition = Real.Definition with
        {
            Workflows = [Real.Definition.Workflows[0] with { Transitions = [Real.Definition.Workflows[0].Transitions[0] with { By = [] }] }],
        };

        Assert.That(PermissionTable.Markdown(definition), Does.Contain("| receive | Register | Submitted | nobody |"));
    }
}
