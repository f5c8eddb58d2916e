using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Tests.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Tests.Outbox;

/// <summary>
/// Messages published on the fast path whose marks the store could not take (a database restart between the publication and the
/// batched write of its mark): the marks are written once the store is back, so no relay publishes those messages a second time.
/// </summary>
[TestFixture]
public class When_the_store_is_away_as_marks_are_written
{
    [Test]
    public async Task Should_keep_the_marks_and_write_them_when_it_is_back()
    {
        using var township = await OutboxTownship.StartAsync();
        var store = new MarksAwayStore(township.Store);
        var outbox = new CaseOutbox(store, township.Publisher, township.Clock, Options.Create(new OutboxOptions { Grace = OutboxTownship.Grace, Batch = 7 }));
        outbox.MarkInBackground(true);
        var cases = new CaseService(store, township.Definitions, township.Publisher, outbox, township.Clock, NullLogger<CaseService>.Instance);
        var submitted = await cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(township.Clock.GetUtcNow()),
            Actor = "grid-member-1",
            Payload = new CasePayload { ClientKey = "marks-away", Category = "sanitation", Title = "垃圾", Description = "垃圾清运不及时", Channel = "grid", Grid = "grid-1" },
        });
        Assert.That(submitted.Status, Is.EqualTo(CommandStatus.Accepted), () => submitted.Decision?.Rejection ?? "");
        var published = township.Publisher.Published.Count;

        store.MarksAway = true;
        Assert.ThrowsAsync<SqliteException>(() => outbox.FlushMarksAsync(), "the store refuses the marks");
        store.MarksAway = false;
        township.Clock.Advance(OutboxTownship.Grace);
        var relayed = await outbox.RelayAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(published, Is.GreaterThanOrEqualTo(2), "CaseReceived and CaseStateChanged went out on the fast path");
            Assert.That(relayed, Is.Zero, "nothing is published again");
            Assert.That(township.Publisher.Published, Has.Count.EqualTo(published));
            Assert.That(await township.Store.CountUnsentOutboxAsync(), Is.Zero, "the kept marks were written");
        });
    }

    /// <summary>A store that refuses to mark messages sent while <see cref="MarksAway"/> is set, as a driver does when the database is away.</summary>
    private sealed class MarksAwayStore(ICaseStore inner) : DelegatingCaseStore(inner)
    {
        public bool MarksAway { get; set; }

        public override Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
            MarksAway
                ? throw new SqliteException("unable to open database file (the database is away)", 14)
                : base.MarkOutboxSentAsync(messageIds, sentAt, cancellationToken);
    }
}
