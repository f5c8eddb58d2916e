using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Http;

public class StatePathsTests
{
    [Test]
    public void Build_RealDefinition_ReachesTheFromStateOfEveryTransition()
    {
        var definition = CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath());

        var paths = StatePaths.Build(definition, 1, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        var unreached = definition.Definition.Workflows
            .SelectMany(w => w.Transitions.Select(t => (w, t)))
            .Where(x => !paths.Keys.Any(k => StatePaths.IsAt(k, x.w, x.t.From)))
            .Select(x => $"{x.w.Id}: {x.t.From} --{x.t.Trigger}-->")
            .ToList();
        Assert.That(unreached, Is.Empty);
    }
}
