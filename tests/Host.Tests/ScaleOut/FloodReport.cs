using CaseFlow.Engine.Audit;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>What a <see cref="CaseFlood"/> found: the counts every fault test prints and asserts alike.</summary>
internal sealed record FloodReport
{
    public required int Size { get; init; }

    public required int Confirmed { get; init; }

    public required int PublishRetries { get; init; }

    public required int Cases { get; init; }

    public required int DistinctKeys { get; init; }

    public required int Registered { get; init; }

    public required int RegistersSent { get; init; }

    public required IReadOnlyList<string> Stuck { get; init; }

    public required VerifyReport Chains { get; init; }

    public required int ReceivedDeliveries { get; init; }

    public required int ReceivedCases { get; init; }

    public required int ReceivedWithTwoIds { get; init; }

    public required int ChangedDeliveries { get; init; }

    public required int ChangedExpectedSeen { get; init; }

    public required int ChangedWithTwoIds { get; init; }

    public required int DuplicateDeliveries { get; init; }

    /// <summary>How many times the downstream observer connected (more than once when the broker went away).</summary>
    public required int ObserverConnections { get; init; }

    public required long UnsentOutbox { get; init; }

    public required int ErrorQueue { get; init; }

    public required bool Settled { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required double FloodSeconds { get; init; }

    public override string ToString() =>
        $"{Size} submissions confirmed {Confirmed} ({PublishRetries} publish attempts retried, flood published in {FloodSeconds:F1} s); " +
        $"cases {Cases} ({DistinctKeys} distinct keys), registered {Registered}/{RegistersSent} Registers sent, stuck {Size - Registered}; " +
        $"chains {Chains.Cases} cases {Chains.Events} events, {Chains.Broken.Count} broken; " +
        $"CaseReceived {ReceivedDeliveries} deliveries for {ReceivedCases} cases, {ReceivedWithTwoIds} cases with two message ids; " +
        $"CaseStateChanged {ChangedDeliveries} deliveries, {ChangedExpectedSeen}/{2 * Size} (case, sequence) seen, {ChangedWithTwoIds} with two message ids; " +
        $"{DuplicateDeliveries} duplicate deliveries (same message id), observer connected {ObserverConnections} time(s); unsent outbox {UnsentOutbox}; error queue {ErrorQueue}; " +
        $"{(Settled ? "settled" : "NOT settled")} in {Elapsed.TotalSeconds:F1} s";

    /// <summary>
    /// Every confirmed submission is one case, registered; every chain verifies; every effect arrived, a repeat only ever with the
    /// message id it was first published with (the at-least-once contract); nothing left unsent or failed.
    /// </summary>
    public void AssertHeld(Func<string> diagnostics)
    {
        try
        {
            AssertCounts();
        }
        catch (Exception)
        {
            TestContext.Out.WriteLine(diagnostics());
            throw;
        }
    }

    private void AssertCounts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Settled, Is.True, $"the flood did not settle within its bound: {this}");
            Assert.That(Confirmed, Is.EqualTo(Size), "every submission was confirmed by the broker");
            Assert.That(Cases, Is.EqualTo(Size), "every confirmed submission is a case, once");
            Assert.That(DistinctKeys, Is.EqualTo(Size), "one case per client key");
            Assert.That(Registered, Is.EqualTo(Size), $"every case took its follow-up (none stuck): {string.Join("; ", Stuck)}");
            Assert.That(Chains.Broken, Is.Empty, "every chain verifies");
            Assert.That(Chains.Events, Is.EqualTo(2L * Size), "two events per case, no more");
            Assert.That(ReceivedCases, Is.EqualTo(Size), "every case's CaseReceived arrived");
            Assert.That(ReceivedWithTwoIds, Is.Zero, "a repeated CaseReceived carries the message id of the first");
            Assert.That(ChangedExpectedSeen, Is.EqualTo(2 * Size), "every CaseStateChanged arrived");
            Assert.That(ChangedWithTwoIds, Is.Zero, "one message id per (case, sequence)");
            Assert.That(UnsentOutbox, Is.Zero, "nothing left unsent in the outbox");
            Assert.That(ErrorQueue, Is.Zero, "no command failed into caseflow-commands_error");
        });
    }
}
