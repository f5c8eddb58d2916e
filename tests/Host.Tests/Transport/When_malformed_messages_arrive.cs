using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Engine.History;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>Bad messages end in the error queue with the reason in their headers, are answered with a rejection, and the service keeps consuming.</summary>
[TestFixture]
public sealed class When_malformed_messages_arrive
{
    private const string Commands = "caseflow-commands";
    private const string ErrorQueue = "caseflow-commands_error";
    private const string Rejected = "CaseFlow.Contracts.Events:CaseCommandRejected";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private RawAmqp _amqp = null!;
    private string _rejections = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = RabbitMqBroker.CreateVirtualHost();
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, _broker.Settings());
        _factory.CreateClient().Dispose();
        _amqp = await RawAmqp.ConnectAsync(_broker.VirtualHost);
        _rejections = await _amqp.WatchAsync(Rejected);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _amqp.DisposeAsync();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public async Task Should_reject_malformed_json()
    {
        await _amqp.PublishBytesAsync(Commands, Encoding.UTF8.GetBytes("{\"messageType\": [\"urn:message:CaseFlow.Contracts.Commands:SubmitCase\"], \"message\": {"));
        await ExpectRejectedAndErroredAsync(reasonMentions: "could not be read");
    }

    [Test]
    public async Task Should_reject_an_unknown_message_type()
    {
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:TeleportCase", new JsonObject { ["caseId"] = Guid.NewGuid().ToString() }));
        var (rejection, _) = await ExpectRejectedAndErroredAsync(reasonMentions: "is not a CaseFlow command");
        Assert.That(rejection["message"]!["command"]!.GetValue<string>(), Does.Contain("TeleportCase"));
    }

    [Test]
    public async Task Should_reject_a_submission_missing_required_fields_naming_them()
    {
        var submission = new JsonObject { ["clientKey"] = "raw-missing-1", ["actor"] = "command-room", ["channel"] = "hotline" };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", submission));
        var (rejection, _) = await ExpectRejectedAndErroredAsync(reasonMentions: "category");
        var fields = rejection["message"]!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.That(fields, Is.SupersetOf(new[] { "category", "description", "reporter" }));
    }

    [Test]
    public async Task Should_reject_a_field_of_the_wrong_type()
    {
        var command = new JsonObject { ["caseId"] = 12345, ["actor"] = "demolition-office" };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SignForCase", command));
        await ExpectRejectedAndErroredAsync(reasonMentions: "could not be read");
    }

    [Test]
    public async Task Should_reject_an_oversized_body()
    {
        var submission = new JsonObject
        {
            ["clientKey"] = "raw-oversized-1",
            ["actor"] = "command-room",
            ["category"] = "petition",
            ["channel"] = "letter",
            ["description"] = new string('字', 200_000),
            ["reporter"] = new JsonObject { ["name"] = "来信人" },
        };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", submission));
        await ExpectRejectedAndErroredAsync(reasonMentions: "bytes");
        var store = _factory.Services.GetRequiredService<ICaseStore>();
        Assert.That(await store.FindByClientKeyAsync("raw-oversized-1"), Is.Null, "an oversized submission creates no case");
    }

    [Test]
    public async Task Should_reject_a_field_out_of_bounds_naming_it()
    {
        var submission = new JsonObject
        {
            ["clientKey"] = "raw-bounds-1",
            ["actor"] = "command-room",
            ["category"] = "petition",
            ["channel"] = "letter",
            ["title"] = new string('x', 300),
            ["description"] = "来信 \u202E反映",
            ["reporter"] = new JsonObject { ["name"] = "来信人" },
        };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", submission));
        var (rejection, _) = await ExpectRejectedAndErroredAsync(reasonMentions: "out of bounds");
        var errors = rejection["message"]!["errors"]!.AsArray().ToDictionary(e => e!["field"]!.GetValue<string>(), e => e!["message"]!.GetValue<string>());
        Assert.Multiple(async () =>
        {
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "title", "description" }));
            Assert.That(errors["title"], Does.StartWith("title is 300 characters long; it may be at most 200"));
            Assert.That(errors["description"], Does.StartWith("description contains U+202E RIGHT-TO-LEFT OVERRIDE at position 4"));
            Assert.That(await _factory.Services.GetRequiredService<ICaseStore>().FindByClientKeyAsync("raw-bounds-1"), Is.Null);
        });
    }

    [Test]
    public async Task Should_reject_a_client_key_reused_for_another_submission()
    {
        var submission = new JsonObject
        {
            ["clientKey"] = "raw-reused-1",
            ["actor"] = "command-room",
            ["category"] = "petition",
            ["channel"] = "letter",
            ["title"] = "来信",
            ["description"] = "来信反映",
            ["reporter"] = new JsonObject { ["name"] = "来信人" },
        };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", submission));
        var store = _factory.Services.GetRequiredService<ICaseStore>();
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until && await store.FindByClientKeyAsync("raw-reused-1") is null)
        {
            await Task.Delay(100);
        }

        var first = await store.FindByClientKeyAsync("raw-reused-1");
        Assert.That(first, Is.Not.Null, "the first submission should create its case");
        var changed = submission.DeepClone().AsObject();
        changed["description"] = "另一件事";
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", changed));

        var rejection = await _amqp.NextAsync(_rejections, Wait);
        Assert.That(rejection, Is.Not.Null, "a CaseCommandRejected should be published");
        var reason = rejection!.Value.Body["message"]!["reason"]!.GetValue<string>();
        Assert.Multiple(async () =>
        {
            Assert.That(reason, Does.Contain("client key 'raw-reused-1' was already used for another submission").And.Contain("differs in: description"));
            Assert.That(await store.FindByClientKeyAsync("raw-reused-1"), Is.EqualTo(first));
            Assert.That((await store.ReadAsync(first!.Value)).Count, Is.EqualTo(1), "the case keeps its one event");
        });
    }

    /// <summary>Each bad message is rejected, lands in the error queue with its reason, and a good message after it is still consumed.</summary>
    private async Task<(JsonObject Rejection, IDictionary<string, object?> ErrorHeaders)> ExpectRejectedAndErroredAsync(string reasonMentions)
    {
        var rejection = await _amqp.NextAsync(_rejections, Wait);
        if (rejection is null)
        {
            Assert.Fail($"no CaseCommandRejected was published; queues now: {RabbitMqBroker.Ctl($"list_queues -p {_broker.VirtualHost} name messages")}");
        }

        var reason = rejection!.Value.Body["message"]!["reason"]!.GetValue<string>();
        Assert.That(reason, Does.Contain(reasonMentions));

        var error = await _amqp.NextAsync(ErrorQueue, Wait);
        Assert.That(error, Is.Not.Null, $"nothing reached {ErrorQueue}");
        Assert.That(RawAmqp.Header(error!.Value.Headers, "MT-Fault-Message"), Is.Not.Empty, "the error queue keeps the reason in the message's headers");

        await StillConsumingAsync();
        return (rejection.Value.Body, error.Value.Headers);
    }

    private async Task StillConsumingAsync()
    {
        var key = $"raw-after-{Guid.NewGuid():N}";
        var submission = new JsonObject
        {
            ["clientKey"] = key,
            ["actor"] = "grid-member-2",
            ["category"] = "sanitation",
            ["channel"] = "grid",
            ["description"] = "垃圾堆放",
            ["grid"] = "grid-2",
        };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", submission));
        var store = _factory.Services.GetRequiredService<ICaseStore>();
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until && await store.FindByClientKeyAsync(key) is null)
        {
            await Task.Delay(100);
        }

        Assert.That(await store.FindByClientKeyAsync(key), Is.Not.Null, "the service stopped consuming after a bad message");
    }
}
