using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.History;

namespace CaseFlow.Engine.Tests.Audit;

/// <summary>
/// Histories a forger wrote with a recomputed chain: each step is one the workflow allows in its state, but taken by someone the
/// definition does not admit, or as a timer step the timer pump could not have taken then. Replay must name each.
/// </summary>
[TestFixture]
public sealed class When_a_history_records_steps_nobody_was_permitted_to_take
{
    /// <summary>Replays the resealed history against the state it folds to, as the store would hold it after the forgery.</summary>
    private static ReplayReport Replay(IReadOnlyList<CaseEvent> history)
    {
        var resealed = EventChainTestHelper.Reseal(history);
        var stored = CaseEvolver.Replay(resealed, _ => WorkflowsFile.Definition);
        return CaseReplayer.Replay(history[0].CaseId, resealed, WorkflowsFile.Definition, stored);
    }

    private static List<CaseEvent> Forge(CaseScenario scenario, Func<CaseEvent, CaseEvent> change)
    {
        var history = scenario.History.ToList();
        history[^1] = change(history[^1]);
        return history;
    }

    [Test]
    public void Should_find_the_honest_walk_faithful()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.Warn);

        var report = Replay(scenario.History);

        Assert.That(report.IsFaithful, Is.True, () => string.Join("; ", report.Divergences));
    }

    [Test]
    public void Should_flag_an_assignment_recorded_as_made_by_someone_the_definition_does_not_admit()
    {
        var forged = Forge(CaseScenario.Assigned(), e => e with { Actor = "mallory", ActorKind = ActorKinds.Unknown });

        var report = Replay(forged);

        var divergence = report.Divergences.Single();
        Assert.Multiple(() =>
        {
            Assert.That(divergence.Kind, Is.EqualTo("forbidden"));
            Assert.That(divergence.Sequence, Is.EqualTo(forged[^1].Sequence));
            Assert.That(divergence.Message, Does.Contain("platformCoordinator").And.Contain("'mallory'"));
        });
    }

    [Test]
    public void Should_flag_a_sign_for_by_an_office_that_is_not_the_lead_office()
    {
        var forged = Forge(CaseScenario.SignedFor(), e => e with { Actor = "fire-command" });

        var report = Replay(forged);

        Assert.That(report.Divergences.Select(d => (d.Kind, d.Sequence)), Is.EqualTo(new[] { ("forbidden", forged[^1].Sequence) }));
    }

    [Test]
    public void Should_flag_a_supervision_step_recorded_without_the_timer_that_fired_it()
    {
        // What a caller could once do over HTTP: send Warn as "system" on day 0.
        var forged = Forge(CaseScenario.SignedFor().Then(Triggers.Warn), e => e with { Payload = e.Payload with { Timer = null, DueAt = null } });

        var report = Replay(forged);

        var divergence = report.Divergences.Single();
        Assert.Multiple(() =>
        {
            Assert.That(divergence.Kind, Is.EqualTo("forbidden"));
            Assert.That(divergence.Message, Does.Contain("timer pump"));
        });
    }

    [Test]
    public void Should_flag_a_supervision_step_recorded_before_its_timer_was_due()
    {
        var forged = Forge(CaseScenario.SignedFor().Then(Triggers.Warn), e => e with { At = e.Payload.DueAt!.Value.AddHours(-1) });

        var report = Replay(forged);

        var divergence = report.Divergences.Single();
        Assert.Multiple(() =>
        {
            Assert.That(divergence.Kind, Is.EqualTo("timer"));
            Assert.That(divergence.Message, Does.Contain("not due until"));
        });
    }

    [Test]
    public void Should_name_the_identity_the_step_was_recorded_under()
    {
        var forged = Forge(CaseScenario.Assigned(), e => e with { Actor = "command-room", ActorKind = ActorKinds.CommandRoom, Identity = "clerk.li" });

        var report = Replay(forged);

        Assert.That(report.Divergences.Single().Message, Does.Contain("command-room as clerk.li"));
        Assert.That(report.Steps[^1].Identity, Is.EqualTo("clerk.li"));
    }
}
