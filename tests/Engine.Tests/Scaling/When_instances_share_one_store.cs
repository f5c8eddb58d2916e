using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Scaling;

/// <summary>
/// Two engine instances on one store (PostgreSQL is the store made for it; SQLite must keep the same promises): a message delivered
/// to both is applied once, commands racing on one case all land in one order, and due timers fire once between two pumps.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class When_instances_share_one_store(string kind)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
    private StoreUnderTest _subject = null!;
    private SharedStoreInstance _one = null!;
    private SharedStoreInstance _two = null!;

    [SetUp]
    public async Task StartTwoInstances()
    {
        _subject = await StoreUnderTest.CreateAsync(kind);
        _one = new SharedStoreInstance(_subject.Reopen(), _clock);
        _two = new SharedStoreInstance(_subject.Reopen(), _clock);
        await _one.Definitions.PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        Assert.That(await _two.Definitions.LoadCurrentAsync(), Is.True, "the second instance finds the definition the first published");
    }

    [TearDown]
    public async Task StopInstances()
    {
        // Null when the set-up failed (no PostgreSQL server, say): its own message is the one to read.
        _one?.Dispose();
        _two?.Dispose();
        if (_subject is { } subject)
        {
            _subject = null!;
            await subject.DisposeAsync();
        }
    }

    [Test]
    public async Task Should_apply_each_message_once_when_both_instances_receive_it_at_once()
    {
        var (caseId, office) = await InProgressCaseAsync();
        var messages = Enumerable.Range(0, 12).Select(i => (Id: Guid.NewGuid(), Note: $"progress-{i}")).ToList();

        var outcomes = await Task.WhenAll(messages.SelectMany(m => new[] { _one, _two }.Select(instance => Task.Run(async () =>
            (m.Id, (await instance.SendAsync(caseId, Triggers.ReportProgress, office, new CasePayload { Note = m.Note }, m.Id)).Status)))));

        var history = await _one.Store.ReadAsync(caseId);
        var notes = history.Where(e => e.Trigger == Triggers.ReportProgress && e.Payload.Note != "在办").Select(e => e.Payload.Note).ToList();
        var published = _one.Publisher.Published.Concat(_two.Publisher.Published).Select(p => p.Id).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.GroupBy(o => o.Id).Select(g => g.Select(o => o.Status).Order().ToArray()),
                Is.All.EqualTo(new[] { CommandStatus.Accepted, CommandStatus.AlreadyApplied }), "per message: applied by one instance, found applied by the other");
            Assert.That(notes, Is.EquivalentTo(messages.Select(m => m.Note)), "each command once");
            Assert.That(history.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, history.Count).Select(i => (long)i)), "one order, no gaps");
            Assert.That(published, Is.Unique, "no outbound message published twice");
            Assert.That(await _one.Store.CountUnsentOutboxAsync(), Is.Zero, "every stored message was published by the instance that stored it");
        });
    }

    [Test]
    public async Task Should_create_each_case_once_when_both_instances_receive_its_submission_at_once()
    {
        // Two copies of one message: the same case id, message id and client key, each instance finding no case under the key yet.
        var submissions = Enumerable.Range(0, 8).Select(i => Submission("copies", $"河边垃圾堆积 {i}")).ToList();

        var outcomes = await Task.WhenAll(submissions.SelectMany(c => new[] { _one, _two }.Select(instance => Task.Run(async () =>
            (c.CaseId, (await instance.Cases.SubmitAsync(c)).Status)))));

        var histories = await Task.WhenAll(submissions.Select(c => _one.Store.ReadAsync(c.CaseId)));
        Assert.Multiple(() =>
        {
            // The copy that loses is answered with the case either way: found in the inbox when both appends raced, or under its
            // client key when the other had already committed before it looked.
            Assert.That(outcomes.GroupBy(o => o.CaseId).Select(g => g.Count(o => o.Status == CommandStatus.Accepted)),
                Is.All.EqualTo(1), "per submission: created by one instance");
            Assert.That(outcomes.Where(o => o.Status != CommandStatus.Accepted).Select(o => o.Status),
                Is.All.AnyOf(CommandStatus.AlreadyApplied, CommandStatus.AlreadySubmitted), "found created by the other");
            Assert.That(histories.Select(h => h.Count), Is.All.EqualTo(1), "each case recorded once");
        });
    }

    [Test]
    public async Task Should_refuse_a_case_id_already_taken_to_another_submission()
    {
        var first = Submission("first", "河边垃圾堆积");
        var created = await _one.Cases.SubmitAsync(first);
        Assert.That(created.Status, Is.EqualTo(CommandStatus.Accepted), () => created.Decision?.Rejection ?? "");

        var other = await _two.Cases.SubmitAsync(first with
        {
            MessageId = Guid.NewGuid(),
            Payload = first.Payload with { ClientKey = $"other-{Guid.NewGuid():N}", Title = "另一件事" },
        });

        Assert.Multiple(async () =>
        {
            Assert.That(other.Status, Is.EqualTo(CommandStatus.Rejected), "another submission naming the same case id");
            Assert.That(other.Decision!.Rejection, Does.Contain($"case {first.CaseId} already exists"));
            Assert.That(await _one.Store.ReadAsync(first.CaseId), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_fire_each_due_timer_once_between_two_pumps()
    {
        var cases = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add((await InProgressCaseAsync()).CaseId);
        }

        _clock.Advance(TimeSpan.FromDays(20));
        var recorded = await Task.WhenAll(new[] { _one, _two }.Select(instance => Task.Run(() => instance.Timers.FireDueAsync())));

        var duplicates = new List<string>();
        foreach (var caseId in cases)
        {
            var fired = (await _one.Store.ReadAsync(caseId)).Where(e => e.Payload.Timer is not null).Select(e => (e.Payload.Timer, e.Payload.DueAt)).ToList();
            duplicates.AddRange(fired.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{caseId}: {g.Key}"));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(recorded.Sum(), Is.GreaterThan(cases.Count), "the cases went late, and each was warned before");
            Assert.That(duplicates, Is.Empty, "no timer fired twice");
            Assert.That(await _one.Timers.FireDueAsync() + await _two.Timers.FireDueAsync(), Is.Zero, "nothing was left due");
        });
    }

    /// <summary>A case submitted on one instance and moved on through both, to handle.InProgress; returns its id and office.</summary>
    private async Task<(Guid CaseId, string Office)> InProgressCaseAsync()
    {
        var submitted = await _one.Cases.SubmitAsync(Submission("shared", "河边垃圾堆积"));
        Assert.That(submitted.Status, Is.EqualTo(CommandStatus.Accepted), () => submitted.Decision?.Rejection ?? "");
        var id = submitted.State!.Id;
        await _two.AcceptAsync(id, Triggers.Register, "command-room");
        await _one.AcceptAsync(id, Triggers.Triage, "command-room");
        await _two.AcceptAsync(id, Triggers.Dispatch, "command-room");
        var assigned = await _one.AcceptAsync(id, Triggers.Assign, "armed-forces-head");
        await _two.AcceptAsync(id, Triggers.SignFor, assigned.LeadOffice!);
        await _one.AcceptAsync(id, Triggers.ReportProgress, assigned.LeadOffice!, new CasePayload { Note = "在办" });
        return (id, assigned.LeadOffice!);
    }

    /// <summary>A hotline submission of a new case under a new id, message id and client key (<paramref name="keyPrefix"/> and a fresh suffix).</summary>
    private CaseCommand Submission(string keyPrefix, string title) => new()
    {
        Trigger = Triggers.Submit,
        CaseId = Guid.CreateVersion7(_clock.GetUtcNow()),
        MessageId = Guid.NewGuid(),
        Actor = "service-hotline",
        Payload = new CasePayload
        {
            ClientKey = $"{keyPrefix}-{Guid.NewGuid():N}",
            Reporter = new Reporter("蓝女士", "13800000000", null),
            Category = "sanitation",
            Title = title,
            Description = "村口河边垃圾堆积多日无人清理",
            Channel = "hotline",
            Priority = "normal",
            Location = "雾溪村口",
        },
    };
}
