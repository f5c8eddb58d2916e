using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Migration;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Tests.Calendars;
using CaseFlow.Engine.Tests.Definitions;
using CaseFlow.Engine.Tests.Supervision;
using Microsoft.Extensions.Logging.Abstractions;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// Cases held in the state cache, then changed by the paths that write outside the case service: a definition migration, a
/// calendar's recomputation of provisional deadlines, and the erasure of personal data. The next command sees the change.
/// </summary>
[TestFixture]
public sealed class When_a_cached_case_is_changed_outside_the_case_service
{
    [Test]
    public async Task Should_evict_a_migrated_case_and_decide_the_next_command_on_the_version_it_moved_to()
    {
        await using var engine = await VersionedEngine.StartAsync();
        var working = await engine.InProgressAsync();
        Assert.That(engine.Cases.States.Find(working.Id)?.State.DefinitionVersion, Is.EqualTo(1), "held before the migration");
        await engine.PublishAsync(DefinitionText.WithStateRenamed("handle", "InProgress", "Working"));

        var report = await engine.Migrator.ApplyAsync(new MigrationRequest
        {
            FromVersion = 1,
            ToVersion = 2,
            StateMapping = new Dictionary<string, string> { ["handle.InProgress"] = "handle.Working" },
            Actor = VersionedEngine.Admin,
            Reason = "handle.InProgress is now handle.Working",
        });
        var held = engine.Cases.States.Find(working.Id);
        var next = await engine.AcceptAsync(working.Id, Triggers.ReportProgress, working.LeadOffice!, new CasePayload { Note = "仍在办" });

        Assert.Multiple(() =>
        {
            Assert.That(report.Moves.Select(m => m.CaseId), Does.Contain(working.Id));
            Assert.That(held, Is.Null, "the migrator evicts what it moved");
            Assert.That((next.DefinitionVersion, next.Position), Is.EqualTo((2, "handle.Working")));
            Assert.That(next.Version, Is.EqualTo(working.Version + 2), "the migration's event, then the command's");
        });
    }

    [Test]
    public async Task Should_evict_a_case_whose_deadline_is_recomputed_and_carry_the_new_deadline_on()
    {
        await using var township = await StartAsync(Shanghai(2026, 12, 29, 10, 0));
        var signedFor = await township.SignedForCaseAsync("sanitation");
        Assert.That(township.Cases.States.Find(signedFor.Id)?.State.IsProvisional, Is.True, "held with its provisional deadline");
        var recomputer = new DeadlineRecomputer(township.Store, township.Definitions, township.Clock, NullLogger<DeadlineRecomputer>.Instance);
        township.Clock.SetUtcNow(Shanghai(2026, 12, 29, 11, 0));
        await township.Definitions.Calendars.PublishAsync(CalendarText.With2027(), new PublicationOrigin(PublicationOrigin.AdminApi, "admin-wang"));

        var report = await recomputer.RecomputeAsync("admin-wang");
        var held = township.Cases.States.Find(signedFor.Id);
        var next = await township.AcceptAsync(signedFor.Id, Triggers.ReportProgress, signedFor.LeadOffice!, new CasePayload { Note = "在办" });

        Assert.Multiple(() =>
        {
            Assert.That(report.Recomputed.Select(r => r.CaseId), Is.EqualTo(new[] { signedFor.Id }));
            Assert.That(held, Is.Null, "the recomputer evicts what it recomputed");
            Assert.That(next.IsProvisional, Is.False);
            Assert.That(next.HandlingDeadline, Is.EqualTo(report.Recomputed[0].To));
            Assert.That(next.HandlingDeadline, Is.Not.EqualTo(signedFor.HandlingDeadline));
        });
    }

    [Test]
    public async Task Should_answer_a_command_after_an_erasure_with_the_personal_data_erased()
    {
        await using var engine = await VersionedEngine.StartAsync();
        var submitted = await engine.SubmitAsync();
        await engine.AcceptAsync(submitted.Id, Triggers.Register);
        Assert.That(engine.Cases.States.Find(submitted.Id), Is.Not.Null, "held before the erasure");
        var shownBefore = await engine.Cases.PersonalData.ShowAsync(engine.Cases.States.Find(submitted.Id)!.State, disclose: true);

        await engine.Cases.PersonalData.EraseAsync(new Erasure { CaseId = submitted.Id, At = engine.Clock.GetUtcNow(), By = "dpo", Reason = "本人依法申请删除" });
        var outcome = await engine.SendAsync(submitted.Id, Triggers.Triage);
        var answered = await engine.Cases.PersonalData.ShowAsync(await engine.Cases.AnswerAsync(outcome), disclose: true);

        Assert.Multiple(() =>
        {
            Assert.That(shownBefore.Reporter!.Name, Is.EqualTo("蓝女士"));
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
            Assert.That((answered.State.Reporter!.Name, answered.State.Reporter.Phone), Is.EqualTo((PersonalFields.Erased, PersonalFields.Erased)));
            Assert.That(answered.History[0].Payload.Reporter!.Phone, Is.EqualTo(PersonalFields.Erased));
        });
    }
}
