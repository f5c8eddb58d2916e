using CaseFlow.Engine.History;
using CaseFlow.Host.Demo;
using CaseFlow.Tests.Renaming;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Demo;

/// <summary>
/// The demo day on a copy of workflows.json with every state renamed: the demo drives cases by what they mean, never by a state's
/// name, so every plan ends where it ends on the original names (positions mapped back through the renaming).
/// </summary>
[TestFixture]
public sealed class When_the_demo_runs_a_day_on_renamed_states
{
    private string _database = "";
    private string _definition = "";
    private IReadOnlyList<Engine.Cases.CaseState> _cases = [];
    private IReadOnlyList<DemoPlan> _plans = [];
    private int _exitCode;

    [OneTimeSetUp]
    public async Task Run()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _definition = _database + ".workflows.json";
        await File.WriteAllTextAsync(_definition, RenamedStates.Rename(await File.ReadAllTextAsync(CaseFlowFactory.DefinitionPath())));
        var original = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            _exitCode = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["demo", $"--CaseFlow:Database={_database}", $"--CaseFlow:Definition={_definition}"], TextReader.Null, Console.Out, Console.Error);
        }
        finally
        {
            Console.SetOut(original);
        }

        _plans = DemoPlans.Build(CompiledDefinition.LoadFile(_definition));
        _cases = await SqliteCaseStore.ForFile(_database).ListAsync(limit: 100_000);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        CaseFlowFactory.DeleteDatabase(_database);
        File.Delete(_definition);
    }

    private int At(string position) => _cases.Count(c => RenamedStates.OriginalPosition(c.Position) == position);

    [Test]
    public void Should_run_on_the_renamed_states() =>
        Assert.Multiple(() =>
        {
            Assert.That(_exitCode, Is.Zero);
            Assert.That(_cases, Has.Count.EqualTo(_plans.Count));
            Assert.That(_cases.Select(c => c.State), Is.All.StartWith(RenamedStates.Prefix));
        });

    [Test]
    public void Should_end_every_plan_where_it_ends_on_the_original_names()
    {
        var closedPlans = _plans.Count(p => p.Kind is not (DemoKind.OutOfScope or DemoKind.Invalid or DemoKind.Pending));
        Assert.Multiple(() =>
        {
            Assert.That(At("assess.Closed"), Is.EqualTo(closedPlans));
            Assert.That(At("receive.Invalid"), Is.EqualTo(1));
            Assert.That(At("handle.InProgress"), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Pending)).And.Positive);
            Assert.That(At("dispatch.EscalatedToCounty"), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.OutOfScope)));
            Assert.That(_cases.Count(c => c.Reopens == 1), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Disputed)));
            Assert.That(_cases.Count(c => c.Returns == 1), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Returned)));
            Assert.That(_cases.Count(c => c.Extensions == 1), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Extended)));
            Assert.That(_cases.Count(c => c.CalledBackAt is not null), Is.EqualTo(_plans.Count(p => p.CalledBack && p.Kind is not (DemoKind.OutOfScope or DemoKind.Invalid or DemoKind.Pending))));
        });
    }
}
