using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Retention;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Tests.Retention;

public class RetentionOptionsValidationTests
{
    private static readonly OutboxOptions Outbox = new() { Grace = TimeSpan.FromSeconds(10), Lease = TimeSpan.FromSeconds(30), Interval = TimeSpan.FromSeconds(1) };

    [Test]
    public void RedeliveryWindow_DefaultOutbox_IsTheRetriesThenTheRelaysGraceLeaseAndInterval()
    {
        // 16 tries up to 5 s apart (80 s), then 10 s + 30 s + 1 s.
        Assert.That(RetentionOptionsValidation.RedeliveryWindow(Outbox), Is.EqualTo(TimeSpan.FromSeconds(121)));
    }

    [Test]
    public void Validate_InboxShorterThanARedelivery_FailsSayingWhyAndTheShortestAccepted()
    {
        var result = Validate(new RetentionOptions { Inbox = TimeSpan.FromSeconds(120) }, Outbox);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("CaseFlow:Retention:Inbox is 00:02:00").And.Contain("at least 00:02:01").And.Contain("applied twice"));
        });
    }

    [Test]
    public void Validate_InboxAsLongAsARedelivery_Succeeds()
    {
        Assert.That(Validate(new RetentionOptions { Inbox = TimeSpan.FromSeconds(121) }, Outbox).Succeeded, Is.True);
    }

    [Test]
    public void Validate_LongerOutboxLease_RaisesTheShortestInboxAccepted()
    {
        var slowRelay = new OutboxOptions { Grace = TimeSpan.FromMinutes(10), Lease = TimeSpan.FromHours(1), Interval = TimeSpan.FromMinutes(1) };

        var result = Validate(new RetentionOptions { Inbox = TimeSpan.FromHours(1) }, slowRelay);

        Assert.That(result.FailureMessage, Does.Contain("at least 01:12:20"));
    }

    private static ValidateOptionsResult Validate(RetentionOptions options, OutboxOptions outbox) =>
        new RetentionOptionsValidation(Options.Create(outbox)).Validate(null, options);
}
