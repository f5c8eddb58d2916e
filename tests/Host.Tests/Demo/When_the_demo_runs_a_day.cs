using CaseFlow.Engine.History;
using CaseFlow.Host.Demo;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Demo;

[TestFixture]
public sealed class When_the_demo_runs_a_day
{
    private string _database = "";
    private IReadOnlyList<Engine.Cases.CaseState> _cases = [];
    private IReadOnlyList<DemoPlan> _plans = [];
    private int _exitCode;

    [OneTimeSetUp]
    public async Task Run()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            _exitCode = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["demo", $"--CaseFlow:Database={_database}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"], TextReader.Null, Console.Out, Console.Error);
        }
        finally
        {
            Console.SetOut(original);
        }

        Printed = output.ToString();
        _plans = DemoPlans.Build(CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath()));
        _cases = await SqliteCaseStore.ForFile(_database).ListAsync(limit: 100_000);
    }

    private string Printed { get; set; } = "";

    [OneTimeTearDown]
    public void Clean() => CaseFlowFactory.DeleteDatabase(_database);

    [Test]
    public void Should_leave_every_submitted_case_in_the_database()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_exitCode, Is.Zero);
            Assert.That(_cases, Has.Count.EqualTo(_plans.Count));
        });
    }

    [Test]
    public void Should_have_cases_from_all_nine_grids_and_every_platform()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_cases.Where(c => c.Grid is not null).Select(c => c.Grid).Distinct().Count(), Is.EqualTo(9));
            Assert.That(_cases.Select(c => c.Channel).Distinct(), Is.SupersetOf(new[] { "grid", "hotline", "letter", "visit" }));
            Assert.That(Printed, Does.Contain("governance").And.Contain("enforcement").And.Contain("market").And.Contain("services"));
        });
    }

    [Test]
    public void Should_close_in_scope_cases_escalate_out_of_scope_ones_and_reopen_disputed_ones()
    {
        var closedPlans = _plans.Count(p => p.Kind is not (DemoKind.OutOfScope or DemoKind.Invalid or DemoKind.Pending));
        Assert.Multiple(() =>
        {
            Assert.That(_cases.Count(c => c.Position == "assess.Closed"), Is.EqualTo(closedPlans));
            Assert.That(_cases.Count(c => c.EscalatedToCounty), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.OutOfScope)));
            Assert.That(_cases.Count(c => c.Reopens == 1), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Disputed)));
            Assert.That(_cases.Count(c => c.Returns == 1), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Returned)));
            Assert.That(_cases.Count(c => c.CoHandlers.Count > 0 && c.CoHandlers.All(h => h.Reported)), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Joint)));
            Assert.That(_cases.Count(c => c.Position == "receive.Invalid"), Is.EqualTo(1));
            Assert.That(_cases.Count(c => c.Position == "handle.InProgress"), Is.EqualTo(_plans.Count(p => p.Kind == DemoKind.Pending)).And.Positive);
        });
    }

    [Test]
    public void Should_say_that_in_memory_the_escalated_cases_stay_with_the_county()
    {
        var outOfScope = _plans.Count(p => p.Kind == DemoKind.OutOfScope);
        Assert.Multiple(() =>
        {
            Assert.That(Printed, Does.Contain($"County 12345: {outOfScope} escalated; 0 resolved by the county"));
            Assert.That(Printed, Does.Contain($"{outOfScope} still with the county (the in-memory bus has no county"));
            Assert.That(_cases.Where(c => c.EscalatedToCounty).Select(c => c.Position), Is.All.EqualTo("dispatch.EscalatedToCounty"));
        });
    }

    [Test]
    public void Should_call_back_the_closed_cases_the_plans_call_back_and_say_so()
    {
        var closed = _cases.Count(c => c.Position == "assess.Closed");
        var calledBack = _plans.Count(p => p.CalledBack && p.Kind is not (DemoKind.OutOfScope or DemoKind.Invalid or DemoKind.Pending));
        Assert.Multiple(() =>
        {
            Assert.That(_cases.Count(c => c.CalledBackAt is not null), Is.EqualTo(calledBack));
            Assert.That(calledBack, Is.GreaterThan(0).And.LessThan(closed));
            Assert.That(Printed, Does.Contain($"Callbacks (回访): {calledBack} of {closed} closed cases called back"));
        });
    }

    [Test]
    public void Should_print_the_summary_table()
    {
        Assert.That(Printed, Does.Contain("received").And.Contain("reopened").And.Contain("escalated").And.Contain(_database));
    }
}
