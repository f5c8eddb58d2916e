using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// A caller on another platform: plain RabbitMQ.Client and nothing but docs/asyncapi.json (exchange names, the envelope's
/// required fields, the messages' property names) drives a case on the real service over the real broker.
/// </summary>
[TestFixture]
public sealed class When_a_caller_without_masstransit_sends_commands
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private RawAmqp _amqp = null!;
    private AsyncApiFile _document = null!;
    private string _received = "";
    private string _moves = "";
    private string _rejections = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _document = AsyncApiFile.Load();
        _broker = RabbitMqBroker.CreateVirtualHost();
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, _broker.Settings());
        _factory.CreateClient().Dispose();
        _amqp = await RawAmqp.ConnectAsync(_broker.VirtualHost);
        _received = await WatchAsync("CaseReceived");
        _moves = await WatchAsync("CaseStateChanged");
        _rejections = await WatchAsync("CaseCommandRejected");
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
    public async Task Should_move_a_case_from_submission_to_its_platform()
    {
        var id = await SubmitAsync("wire-loop-1", ExchangeToPublish("SubmitCase"));
        var moves = new List<JsonObject> { await NextMoveAsync(id) };
        foreach (var command in new[] { "RegisterCase", "TriageCase", "DispatchCase" })
        {
            await SendAsync(command, new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "command-room" });
            moves.Add(await NextMoveAsync(id));
        }

        Assert.Multiple(() =>
        {
            Assert.That(moves.Select(m => m["to"]!.GetValue<string>()),
                Is.EqualTo(new[] { "receive.Submitted", "receive.Registered", "dispatch.AwaitingDispatch", "dispatch.AssignedToPlatform" }));
            Assert.That(moves.Skip(1).Select(m => m["from"]!.GetValue<string>()), Is.EqualTo(moves.SkipLast(1).Select(m => m["to"]!.GetValue<string>())),
                "each move starts where the one before it ended");
        });
    }

    [Test]
    public async Task Should_accept_any_command_on_the_command_queue_exchange()
    {
        var submitCase = _document.Message("SubmitCase");
        var anyCommand = _document.Channels.Select(c => c.Value!.AsObject())
            .Single(c => c["publish"]?["message"]?["oneOf"] is JsonArray choices
                && choices.Any(m => ReferenceEquals(_document.Resolve(m!["$ref"]!.GetValue<string>()), submitCase)));
        var id = await SubmitAsync("wire-any-1", AsyncApiFile.Exchange(anyCommand)["name"]!.GetValue<string>());

        Assert.That((await NextMoveAsync(id))["to"]!.GetValue<string>(), Is.EqualTo("receive.Submitted"));
    }

    [Test]
    public async Task Should_answer_a_command_the_state_refuses_with_a_rejection()
    {
        var id = await SubmitAsync("wire-refused-1", ExchangeToPublish("SubmitCase"));
        await SendAsync("RateCase", new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "command-room", ["rating"] = "satisfied" });

        var rejection = await _amqp.NextMatchingAsync(_rejections, m => m["message"]?["caseId"]?.GetValue<string>() == id.ToString(), Wait);
        Assert.That(rejection, Is.Not.Null, "no CaseCommandRejected arrived on the exchange the document names");
        Assert.Multiple(() =>
        {
            Assert.That(rejection!["message"]!["command"]!.GetValue<string>(), Is.EqualTo("Rate"));
            Assert.That(rejection["message"]!["reason"]!.GetValue<string>(), Does.Contain("receive.Submitted"));
        });
    }

    [Test]
    public async Task Should_move_a_malformed_command_to_the_error_queue_with_the_documented_headers()
    {
        var errorChannel = _document.Channels.Select(c => c.Value!.AsObject()).Single(c => c["bindings"]!["amqp"]!["is"]!.GetValue<string>() == "queue");
        var errorQueue = errorChannel["bindings"]!["amqp"]!["queue"]!["name"]!.GetValue<string>();
        var faultHeaders = errorChannel["subscribe"]!["message"]!["headers"]!["required"]!.AsArray().Select(h => h!.GetValue<string>()).ToList();

        // What the document forbids: a submission without most of its required properties.
        var incomplete = new JsonObject { ["clientKey"] = "wire-malformed-1", ["actor"] = "command-room", ["channel"] = "hotline" };
        await _amqp.PublishAsync(ExchangeToPublish("SubmitCase"), _document.Envelope("SubmitCase", incomplete));

        var rejection = await _amqp.NextMatchingAsync(_rejections, m => m["message"]?["clientKey"]?.GetValue<string>() == "wire-malformed-1", Wait);
        var error = await _amqp.NextAsync(errorQueue, Wait);
        Assert.That(error, Is.Not.Null, $"nothing reached {errorQueue}, the error queue the document names");
        Assert.Multiple(() =>
        {
            Assert.That(rejection, Is.Not.Null, "the malformed submission was not answered with CaseCommandRejected");
            Assert.That(faultHeaders, Is.SupersetOf(new[] { "MT-Fault-Message", "MT-Fault-ExceptionType", "MT-Reason" }));
            foreach (var header in faultHeaders)
            {
                Assert.That(RawAmqp.Header(error!.Value.Headers, header), Is.Not.Empty, $"the error queue's message lacks the documented header {header}");
            }

            Assert.That(error!.Value.Body["message"]!["clientKey"]!.GetValue<string>(), Is.EqualTo("wire-malformed-1"), "the message is moved unchanged");
        });
    }

    private string ExchangeToPublish(string message) => AsyncApiFile.Exchange(_document.ChannelFor("publish", message))["name"]!.GetValue<string>();

    private Task<string> WatchAsync(string message)
    {
        var exchange = AsyncApiFile.Exchange(_document.ChannelFor("subscribe", message));
        return _amqp.WatchAsync(exchange["name"]!.GetValue<string>(), exchange["type"]!.GetValue<string>(), exchange["durable"]!.GetValue<bool>(), exchange["autoDelete"]!.GetValue<bool>());
    }

    /// <summary>Submits a case and learns its id the documented way: from the CaseReceived that carries the client key.</summary>
    private async Task<Guid> SubmitAsync(string clientKey, string exchange)
    {
        var submission = _document.Compose("SubmitCase", new JsonObject
        {
            ["clientKey"] = clientKey,
            ["actor"] = "command-room",
            ["category"] = "social-security",
            ["title"] = "养老保险断缴",
            ["description"] = "养老保险断缴咨询",
            ["channel"] = "hotline",
            ["reporter"] = new JsonObject { ["name"] = "雷女士", ["phone"] = "13857880001" },
        });
        await _amqp.PublishAsync(exchange, _document.Envelope("SubmitCase", submission));
        var received = await _amqp.NextMatchingAsync(_received, m => m["message"]?["clientKey"]?.GetValue<string>() == clientKey, Wait);
        Assert.That(received, Is.Not.Null, $"no CaseReceived for {clientKey}; queues now: {RabbitMqBroker.Ctl($"list_queues -p {_broker.VirtualHost} name messages")}");
        return Guid.Parse(received!["message"]!["caseId"]!.GetValue<string>());
    }

    private Task SendAsync(string command, JsonObject values) =>
        _amqp.PublishAsync(ExchangeToPublish(command), _document.Envelope(command, _document.Compose(command, values)));

    private async Task<JsonObject> NextMoveAsync(Guid id)
    {
        var move = await _amqp.NextMatchingAsync(_moves, m => m["message"]?["caseId"]?.GetValue<string>() == id.ToString(), Wait);
        Assert.That(move, Is.Not.Null, $"case {id} did not move within {Wait.TotalSeconds} s");
        return move!["message"]!.AsObject();
    }
}
