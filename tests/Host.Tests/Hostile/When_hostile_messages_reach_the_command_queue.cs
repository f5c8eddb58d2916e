using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Admin;
using CaseFlow.Host.Tests.Http;
using CaseFlow.Host.Tests.Transport;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>
/// Hundreds of hostile messages, generated with FsCheck from a fixed seed, published raw on the real broker to the command queue by
/// the gateway and the systems' broker users: the service keeps consuming, logs no error but its refusals of bad input, answers
/// every request it can read with an acceptance or a rejection saying why, moves what it cannot read to the error queue with the
/// reason in its headers (publishing a rejection for it), and every case's chain verifies afterwards.
/// </summary>
[TestFixture]
public sealed class When_hostile_messages_reach_the_command_queue
{
    private const int Count = 260;
    private const string Commands = "caseflow-commands";
    private const string ErrorQueue = "caseflow-commands_error";
    private const string Replies = "caseflow-hostile-replies";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    /// <summary>What the service throws, by design, on input it refuses; any other exception in its log is a fault.</summary>
    private static readonly string[] Refusals =
    [
        "SerializationException", "JsonException", "MessageTooLargeException", "UnknownMessageTypeException", "MalformedCommandException",
        "CommandRefusedException", "MessageNotConsumedException",
    ];

    private readonly CapturedLogs _logs = new();
    private readonly Dictionary<BrokerSender, RawAmqp> _senders = [];
    private List<HostileMessage> _messages = [];
    private HostileMessages _generator = null!;
    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private Dictionary<Guid, JsonObject> _replies = [];
    private List<JsonObject> _rejections = [];
    private Dictionary<string, IReadOnlyBasicProperties> _errored = [];
    private VerifyReport _chains = null!;
    private bool _consumingAfterwards;

    [OneTimeSetUp]
    public async Task Publish_the_hostile_messages()
    {
        _broker = RabbitMqBroker.CreateVirtualHost(BrokerUsers.County, BrokerUsers.Intake);
        _database = CaseFlowFactory.NewDatabasePath();
        var settings = _broker.Settings();
        foreach (var (key, value) in RabbitMqBroker.Sender(BrokerUsers.County, "system:county-12345").Concat(RabbitMqBroker.Sender(BrokerUsers.Intake, "system:shi-an-tong")))
        {
            settings[key] = value;
        }

        _factory = new CaseFlowFactory(_database, settings, logs: _logs);
        var cases = await SeedAsync();
        _senders[BrokerSender.Gateway] = await RawAmqp.ConnectAsync(_broker.VirtualHost);
        _senders[BrokerSender.County] = await RawAmqp.ConnectAsync(_broker.VirtualHost, BrokerUsers.County);
        _senders[BrokerSender.Intake] = await RawAmqp.ConnectAsync(_broker.VirtualHost, BrokerUsers.Intake);
        _senders[BrokerSender.NoUserId] = await RawAmqp.ConnectAsync(_broker.VirtualHost);
        _senders[BrokerSender.NoUserId].UserId = null;
        var watcher = _senders[BrokerSender.Gateway];
        var rejections = await watcher.WatchAsync("CaseFlow.Contracts.Events:CaseCommandRejected");
        var replies = await watcher.WatchAsync(Replies);

        _generator = new HostileMessages(cases, $"rabbitmq://127.0.0.1/{_broker.VirtualHost}/{Replies}");
        _messages = [.. _generator.Any().Sample(Count, HostileSeed.Stream(2_000), 30), .. _generator.Giant().Sample(2, HostileSeed.Stream(2_001), 30)];
        for (var i = 0; i < _messages.Count; i++)
        {
            var message = _messages[i];
            var properties = new BasicProperties { ContentType = message.ContentType, DeliveryMode = DeliveryModes.Persistent, MessageId = Id(i), Headers = message.Headers.ToDictionary() };
            await _senders[message.Sender].PublishBytesAsync(Commands, message.Body.Render(), properties);
        }

        try
        {
            await _broker.DrainedAsync(Commands, Bound);
        }
        finally
        {
            // What the service logged at Warning and above, for a failure to be read beside the messages (their ids are in the log).
            var log = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hostile-amqp-log.txt");
            await File.WriteAllLinesAsync(log, _logs.Records.Where(r => r.Level >= LogLevel.Warning).Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception}")
                .Concat(_messages.Select((m, i) => $"{Id(i)}: {m.Describe()}")));
        }
        _replies = (await watcher.DrainAsync(replies, Quiet)).Select(r => Parse(r.Body)).OfType<JsonObject>()
            .Where(r => Guid.TryParse(r["requestId"]?.GetValue<string>(), out _))
            .GroupBy(r => Guid.Parse(r["requestId"]!.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.First());
        _consumingAfterwards = await StillConsumingAsync(watcher, replies);
        _rejections = [.. (await watcher.DrainAsync(rejections, Quiet)).Select(r => Parse(r.Body)).OfType<JsonObject>()];
        _errored = (await watcher.DrainAsync(ErrorQueue, Quiet)).Where(e => e.Properties.MessageId is not null)
            .GroupBy(e => e.Properties.MessageId!)
            .ToDictionary(g => g.Key, g => g.First().Properties);
        _chains = await ChainVerifier.VerifyAsync(_factory.Services.GetRequiredService<ICaseStore>());

        var accepted = _replies.Values.Count(r => Type(r).EndsWith(":CaseCommandAccepted", StringComparison.Ordinal));
        var summary = $"hostile AMQP: {_messages.Count} messages on the real broker ({HostileSeed.Repeat}), "
            + $"senders {HostileSeed.Counts(_messages.Select(m => m.Sender))}; replies: {accepted} accepted, {_replies.Count - accepted} other; "
            + $"{_rejections.Count} rejections published; {_errored.Count} moved to the error queue; {Unexpected().Count} unexpected errors logged; "
            + $"still consuming: {_consumingAfterwards}; chains: {_chains.Cases} cases, {_chains.Events} events, {(_chains.IsIntact ? "intact" : $"{_chains.Broken.Count} broken")}";
        TestContext.Progress.WriteLine(summary);
        TestContext.Out.WriteLine(summary);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        foreach (var sender in _senders.Values)
        {
            await sender.DisposeAsync();
        }

        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public void Should_publish_over_two_hundred_messages_of_every_command_type() =>
        Assert.Multiple(() =>
        {
            Assert.That(_messages, Has.Count.GreaterThanOrEqualTo(200));
            Assert.That(HostileMessages.Commands.Select(t => t.Name).Where(name => !_messages.Any(m => m.Kind.StartsWith(name + ":", StringComparison.Ordinal))), Is.Empty, "command types no message was made of");
        });

    [Test]
    public void Should_keep_consuming() => Assert.That(_consumingAfterwards, Is.True, "a well-formed submission after the hostile messages was not accepted");

    [Test]
    public void Should_log_no_error_but_its_refusals() =>
        Assert.That(Unexpected().Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"), Is.Empty, $"errors in the service's log ({HostileSeed.Repeat})");

    [Test]
    public void Should_answer_every_message_it_can_read_and_move_the_rest_to_the_error_queue() =>
        Assert.That(
            _messages.Select((m, i) => (m, i)).Where(x => !_errored.ContainsKey(Id(x.i)) && _generator.AsksForReply(x.m) && !_replies.ContainsKey(x.m.RequestId)).Select(x => $"#{x.i} {x.m.Describe()}"),
            Is.Empty,
            $"messages that asked for a reply and got none, and were not moved to the error queue ({HostileSeed.Repeat})");

    [Test]
    public void Should_say_why_in_every_rejection() =>
        Assert.Multiple(() =>
        {
            var replied = _replies.Values.Where(r => Type(r).EndsWith(":CaseCommandRejected", StringComparison.Ordinal)).ToList();
            Assert.That(replied.Concat(_rejections).Where(r => string.IsNullOrWhiteSpace(r["message"]?["reason"]?.GetValue<string>())).Select(r => r.ToJsonString()), Is.Empty, "rejections without a reason");
            Assert.That(_replies.Values.Select(Type).Where(t => !t.EndsWith(":CaseCommandAccepted", StringComparison.Ordinal) && !t.EndsWith(":CaseCommandRejected", StringComparison.Ordinal)), Is.Empty, "replies other than an acceptance or a rejection");
            Assert.That(replied, Is.Not.Empty, "no message was rejected: the generator is not hostile enough");
        });

    [Test]
    public void Should_keep_the_reason_with_every_message_in_the_error_queue_and_publish_a_rejection_for_it() =>
        Assert.Multiple(() =>
        {
            Assert.That(_errored.Where(e => RawAmqp.Header(e.Value.Headers ?? new Dictionary<string, object?>(), "MT-Fault-Message").Trim().Length == 0).Select(e => e.Key), Is.Empty, "error-queue messages without a reason");
            Assert.That(_errored, Is.Not.Empty, "no message reached the error queue: the generator is not hostile enough");
            Assert.That(_rejections, Has.Count.GreaterThanOrEqualTo(_errored.Count), "every message moved to the error queue is rejected too");
        });

    [Test]
    public void Should_keep_every_chain_intact() =>
        Assert.That(_chains.Broken.Select(b => $"{b.CaseId} at {b.FirstBadSequence}: {b.Reason}"), Is.Empty);

    private static string Id(int index) => $"hostile-{index}";

    private static string Type(JsonObject envelope) => envelope["messageType"] is JsonArray { Count: > 0 } types ? types[0]!.GetValue<string>() : "";

    private static JsonObject? Parse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(body)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Errors logged that are not the service refusing input it was designed to refuse.</summary>
    private List<LogRecord> Unexpected() =>
        [.. _logs.Records.Where(r => r.Level >= LogLevel.Error && !IsRefusal(r.Exception))];

    private static bool IsRefusal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // MassTransit refusing an envelope whose messageId, requestId or responseAddress is not an id or an address.
            var envelope = e is FormatException && e.StackTrace?.Contains("MassTransit.Serialization.EnvelopeMessageContext", StringComparison.Ordinal) == true;
            if (Refusals.Contains(e.GetType().Name) || envelope)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A well-formed submission, asking for a reply, is accepted: the consumer survived the hostile messages.</summary>
    private async Task<bool> StillConsumingAsync(RawAmqp watcher, string replies)
    {
        var requestId = Guid.NewGuid();
        var envelope = RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", new JsonObject
        {
            ["clientKey"] = $"hostile-after-{Guid.NewGuid():N}",
            ["actor"] = "grid-member-2",
            ["category"] = "sanitation",
            ["channel"] = "grid",
            ["description"] = "垃圾堆放",
            ["grid"] = "grid-2",
        });
        envelope["requestId"] = requestId.ToString();
        envelope["responseAddress"] = _generator.ReplyAddress;
        await watcher.PublishAsync(Commands, envelope);
        var reply = await watcher.NextMatchingAsync(replies, r => r["requestId"]?.GetValue<string>() == requestId.ToString(), TimeSpan.FromSeconds(30));

        return reply is not null && Type(reply).EndsWith(":CaseCommandAccepted", StringComparison.Ordinal);
    }

    private async Task<List<Guid>> SeedAsync()
    {
        using var client = _factory.CreateClient();
        var submitted = await CaseApi.SubmitAsync(client, "hostile-bus-seed-1");
        var registered = await CaseApi.SubmitAsync(client, "hostile-bus-seed-2");
        await CaseApi.AcceptAsync(client, registered, "Register", new { actor = "command-room" });
        var triaged = await CaseApi.SubmitAsync(client, "hostile-bus-seed-3", "medical-insurance");
        await CaseApi.AcceptAsync(client, triaged, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, triaged, "Triage", new { actor = "command-room" });
        return [submitted, registered, triaged];
    }
}
