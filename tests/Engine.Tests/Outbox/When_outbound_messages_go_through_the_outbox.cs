using System.Text.Json;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Outbox;

namespace CaseFlow.Engine.Tests.Outbox;

[TestFixture]
public class When_outbound_messages_go_through_the_outbox
{
    private OutboxTownship _township = null!;

    [SetUp]
    public async Task SetUp() => _township = await OutboxTownship.StartAsync();

    [TearDown]
    public void TearDown() => _township.Dispose();

    [Test]
    public async Task Should_store_each_message_with_its_events_and_mark_it_sent_once_published()
    {
        var state = await _township.SubmitAsync("outbox-1");
        await _township.AcceptAsync(state.Id, Triggers.Register, "command-room");

        var published = _township.Publisher.Published;
        Assert.Multiple(async () =>
        {
            Assert.That(published.Count(p => p.Message is CaseStateChanged), Is.EqualTo(2));
            Assert.That(published.All(p => p.Id is not null), Is.True, "every outbound message carries the id it was stored under");
            Assert.That(published.Select(p => p.Id).Distinct().Count(), Is.EqualTo(published.Count));
            Assert.That(await _township.Store.CountUnsentOutboxAsync(), Is.Zero);
        });

        // Nothing is left for a relay, even long after the grace.
        _township.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await _township.NewOutbox().RelayAsync(), Is.Zero);
        Assert.That(_township.Publisher.Published, Has.Count.EqualTo(published.Count));
    }

    [Test]
    public async Task Should_keep_the_command_and_relay_its_messages_after_the_grace_when_the_broker_was_away()
    {
        _township.Publisher.Away = true;
        var state = await _township.SubmitAsync("outbox-2");
        var registered = await _township.AcceptAsync(state.Id, Triggers.Register, "command-room");
        Assert.That(registered.Version, Is.EqualTo(2), "the commands were applied although nothing could be published");
        var stored = await _township.Store.CountUnsentOutboxAsync();
        Assert.That(stored, Is.GreaterThanOrEqualTo(3), "CaseReceived and two CaseStateChanged at least wait in the outbox");

        _township.Publisher.Away = false;
        var relay = _township.NewOutbox();
        Assert.That(await relay.RelayAsync(), Is.Zero, "within the grace the instance that stored them may still publish them");

        _township.Clock.Advance(OutboxTownship.Grace);
        Assert.That(await relay.RelayAsync(), Is.EqualTo(stored));
        var changes = _township.Publisher.Published.Select(p => p.Message).OfType<CaseStateChanged>().ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(changes.Select(c => c.Sequence), Is.EqualTo(new long[] { 1, 2 }), "a case's messages are relayed in the order stored");
            Assert.That(changes.Select(c => c.To), Is.EqualTo(new[] { "receive.Submitted", "receive.Registered" }));
            Assert.That(await _township.Store.CountUnsentOutboxAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task Should_not_hold_a_command_while_the_broker_hangs()
    {
        var grace = TimeSpan.FromMilliseconds(400);
        var outbox = new CaseOutbox(_township.Store, _township.Publisher, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new OutboxOptions { Grace = grace }));
        var entries = outbox.Prepare([new CaseStateChanged { CaseId = Guid.NewGuid(), Sequence = 1, Trigger = "Submit", From = "", To = "receive.Submitted", Actor = "service-hotline", At = DateTimeOffset.UnixEpoch }], Guid.NewGuid());
        _township.Publisher.Hanging = true;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await outbox.DeliverAsync(entries);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "the fast path gave up rather than wait for the broker");
        Assert.That(_township.Publisher.Published, Is.Empty);
    }

    [Test]
    public async Task Should_not_relay_a_message_whose_relay_still_holds_its_claim()
    {
        _township.Publisher.Away = true;
        await _township.SubmitAsync("outbox-3");
        _township.Clock.Advance(OutboxTownship.Grace);

        // The first relay claims the messages and fails to publish (the broker is still away): its claim holds for the lease.
        Assert.That(await _township.NewOutbox().RelayAsync(), Is.Zero);
        _township.Publisher.Away = false;
        var other = _township.NewOutbox();
        Assert.That(await other.RelayAsync(), Is.Zero, "another relay leaves claimed messages alone");

        _township.Clock.Advance(TimeSpan.FromSeconds(30));
        var relayed = await other.RelayAsync();
        Assert.That(relayed, Is.GreaterThan(0), "once the lease ends another relay takes them over");
        Assert.That(_township.Publisher.Published.Select(p => p.Id).Distinct().Count(), Is.EqualTo(relayed));
    }

    [Test]
    public async Task Should_publish_each_message_once_when_relays_race()
    {
        _township.Publisher.Away = true;
        for (var i = 0; i < 40; i++)
        {
            await _township.SubmitAsync($"outbox-race-{i}");
        }

        var stored = await _township.Store.CountUnsentOutboxAsync();
        _township.Publisher.Away = false;
        _township.Clock.Advance(OutboxTownship.Grace);
        var relays = Enumerable.Range(0, 4).Select(_ => _township.NewOutbox()).ToList();
        var counts = await Task.WhenAll(relays.Select(r => Task.Run(() => r.RelayAsync())));

        var ids = _township.Publisher.Published.Select(p => p.Id).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(counts.Sum(), Is.EqualTo(stored));
            Assert.That(ids, Has.Count.EqualTo(stored), "no message is published by two relays");
            Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count));
            Assert.That(await _township.Store.CountUnsentOutboxAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task Should_read_back_every_message_of_a_case_exactly_as_it_was_stored()
    {
        var state = await _township.SubmitAsync("outbox-codec");
        await _township.AcceptAsync(state.Id, Triggers.Register, "command-room");
        await _township.AcceptAsync(state.Id, Triggers.Triage, "command-room");
        await _township.AcceptAsync(state.Id, Triggers.Dispatch, "command-room");

        var messages = _township.Publisher.Published.Select(p => p.Message).ToList();
        Assert.That(messages.Select(m => m.GetType()).Distinct().Count(), Is.GreaterThan(2), "the walk causes several kinds of message");
        foreach (var message in messages)
        {
            var entry = OutboxCodec.Encode(message, state.Id, _township.Clock.GetUtcNow());
            var back = OutboxCodec.Decode(entry);
            Assert.That(back.GetType(), Is.EqualTo(message.GetType()));
            Assert.That(JsonSerializer.Serialize(back, back.GetType()), Is.EqualTo(JsonSerializer.Serialize(message, message.GetType())));
        }
    }

    [Test]
    public void Should_refuse_to_read_a_row_naming_a_type_that_is_not_a_contract()
    {
        var entry = new OutboxEntry(Guid.NewGuid(), Guid.NewGuid(), "System.IO.FileInfo", "{\"fileName\":\"/etc/passwd\"}", DateTimeOffset.UnixEpoch);

        var error = Assert.Throws<InvalidOperationException>(() => OutboxCodec.Decode(entry));
        Assert.That(error!.Message, Does.Contain("System.IO.FileInfo").And.Contain("not a contract"));
    }
}
