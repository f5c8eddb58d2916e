using CaseFlow.Engine.History;
using CaseFlow.Engine.Retention;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Retention;

/// <summary>
/// The retention service on a store holding three messages published eight days ago, one published yesterday, one unsent, and one
/// inbox entry from the day the first case was stored: its first pass (at start) prunes the three and logs what it removed.
/// </summary>
[TestFixture]
public sealed class When_the_retention_service_runs
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDatabase _file = new();
    private readonly Logs _logs = new();
    private SqliteCaseStore _store = null!;
    private Guid _unsent;
    private Guid _recent;

    [OneTimeSetUp]
    public async Task RunOnePass()
    {
        _store = SqliteCaseStore.ForFile(_file.Path);
        await _store.InitialiseAsync();
        var caseId = Guid.NewGuid();
        var messages = Enumerable.Range(0, 5).Select(i => new OutboxEntry(Guid.NewGuid(), caseId, $"m{i}", "{}", Now.AddDays(-9))).ToList();
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], messageId: Guid.NewGuid(), outbox: messages);
        await _store.MarkOutboxSentAsync(messages.Take(3).Select(m => m.MessageId).ToList(), Now.AddDays(-8));
        await _store.MarkOutboxSentAsync([messages[3].MessageId], Now.AddDays(-1));
        (_recent, _unsent) = (messages[3].MessageId, messages[4].MessageId);

        var time = new FakeTimeProvider(Now);
        var options = Options.Create(new RetentionOptions { SentOutbox = TimeSpan.FromDays(7), Inbox = TimeSpan.FromDays(30), Batch = 2 });
        using var service = new RetentionService(new StorePruner(_store, time, options), time, options, _logs);
        await service.StartAsync(CancellationToken.None);
        await _logs.FirstPassAsync.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Clean() => _file.Dispose();

    [Test]
    public void Should_log_how_many_rows_it_removed_from_each_table()
    {
        Assert.That(_logs.Messages, Has.One.EqualTo("Retention: removed 3 sent outbox message(s) older than 7.00:00:00 and 0 inbox entr(ies) older than 30.00:00:00"));
    }

    [Test]
    public async Task Should_keep_the_message_published_yesterday_and_the_unsent_one()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await _store.PruneSentOutboxAsync(Now.AddDays(-7), 100), Is.Zero, "nothing older than the period is left");
            Assert.That(await _store.CountUnsentOutboxAsync(), Is.EqualTo(1));
            Assert.That((await _store.ClaimOutboxAsync("relay", Now, TimeSpan.FromSeconds(30), 10)).Select(m => m.Entry.MessageId), Is.EqualTo(new[] { _unsent }));
        });
        Assert.That(await _store.PruneSentOutboxAsync(Now, 100), Is.EqualTo(1), $"{_recent} was still there");
    }

    private sealed class Logs : ILogger<RetentionService>
    {
        private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Messages { get; } = [];

        public Task FirstPassAsync => _firstPass.Task;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }

            _firstPass.TrySetResult();
        }
    }
}
