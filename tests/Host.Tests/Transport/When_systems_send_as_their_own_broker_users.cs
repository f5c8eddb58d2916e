using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>
/// Two systems on the real broker, each its own broker user, publishing as a caller without MassTransit does (RabbitMQ.Client, the
/// user_id property set by hand): the county's user (county12345, mapped to the county 12345 system) and 食安通's (shi-an-tong, an
/// intake system). The service's own user, guest, is mapped to nothing here. A message acts only as its validated sender may; any
/// other is answered with CaseCommandRejected and moved to the error queue, and a forged user_id never gets past the broker.
/// </summary>
[TestFixture]
public sealed class When_systems_send_as_their_own_broker_users
{
    private const string Commands = "caseflow-commands";
    private const string ErrorQueue = "caseflow-commands_error";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private CaseService _cases = null!;
    private RawAmqp _county = null!;
    private RawAmqp _intake = null!;
    private RawAmqp _guest = null!;
    private string _rejections = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = RabbitMqBroker.CreateVirtualHost(BrokerUsers.County, BrokerUsers.Intake);
        _database = CaseFlowFactory.NewDatabasePath();
        var settings = _broker.Settings();
        settings.Remove($"CaseFlow:Bus:Senders:{BrokerUsers.Gateway.Name}:Positions:0");
        foreach (var (key, value) in RabbitMqBroker.Sender(BrokerUsers.County, "system:county-12345").Concat(RabbitMqBroker.Sender(BrokerUsers.Intake, "system:shi-an-tong")))
        {
            settings[key] = value;
        }

        _factory = new CaseFlowFactory(_database, settings);
        _factory.CreateClient().Dispose();
        _cases = _factory.Services.GetRequiredService<CaseService>();
        _county = await RawAmqp.ConnectAsync(_broker.VirtualHost, BrokerUsers.County);
        _intake = await RawAmqp.ConnectAsync(_broker.VirtualHost, BrokerUsers.Intake);
        _guest = await RawAmqp.ConnectAsync(_broker.VirtualHost);
        _rejections = await _guest.WatchAsync("CaseFlow.Contracts.Events:CaseCommandRejected");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _county.DisposeAsync();
        await _intake.DisposeAsync();
        await _guest.DisposeAsync();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public async Task Should_record_the_county_users_acceptance_as_the_county_under_its_broker_identity()
    {
        var id = await EscalatedCaseAsync("users-county-1");

        await _county.PublishAsync(Commands, CountyAccepted(id, "YH12345-USERS-1"));

        var accepted = await CaseAtAsync(id, "dispatch.CountyAccepted");
        var last = accepted.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That((last.Trigger, last.Actor, last.Identity), Is.EqualTo((Triggers.CountyAccept, "county-12345", "broker:county12345")));
            Assert.That(accepted.State.CountyCaseNumber, Is.EqualTo("YH12345-USERS-1"));
        });
    }

    [Test]
    public async Task Should_accept_the_intake_users_submission_as_the_intake_system()
    {
        await _intake.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", new JsonObject
        {
            ["clientKey"] = "shi-an-tong-users-1",
            ["category"] = "unlicensed-business",
            ["title"] = "无证经营",
            ["description"] = "集镇流动摊贩无证售卖熟食",
            ["channel"] = "inspection",
            ["location"] = "雾溪乡集镇",
        }));

        var submitted = await SubmittedAsync("shi-an-tong-users-1");
        Assert.That((submitted.History[0].Actor, submitted.History[0].Identity), Is.EqualTo(("shi-an-tong", "broker:shi-an-tong")));
    }

    [Test]
    public async Task Should_refuse_a_county_message_from_the_intake_user()
    {
        var id = await EscalatedCaseAsync("users-county-2");

        await _intake.PublishAsync(Commands, CountyAccepted(id, "YH12345-FORGED-2"));

        var (reason, sender) = await RefusedAsync(id, "CountyAccept");
        Assert.That(reason, Does.Contain("broker user 'shi-an-tong' holds no county position").And.Contain("may act as system:shi-an-tong"));
        Assert.That(sender, Is.EqualTo("shi-an-tong"), "the error queue names the broker user that sent it");
        await UnchangedAsync(id, "dispatch.EscalatedToCounty");
    }

    [Test]
    public async Task Should_refuse_a_sign_for_from_the_intake_user()
    {
        var id = await EscalatedCaseAsync("users-sign-for-1");

        await _intake.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SignForCase", new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "police-station" }));

        var (reason, _) = await RefusedAsync(id, "SignFor");
        Assert.That(reason, Does.Contain("claims actor 'police-station'").And.Contain("it may not act as 'police-station'"));
        await UnchangedAsync(id, "dispatch.EscalatedToCounty");
    }

    [Test]
    public async Task Should_refuse_the_intake_user_claiming_the_command_room()
    {
        var id = await SubmittedCaseAsync("users-claim-1");

        await _intake.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:RegisterCase", new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "command-room" }));

        var (reason, _) = await RefusedAsync(id, "Register");
        Assert.That(reason, Does.Contain("from broker user 'shi-an-tong' claims actor 'command-room'"));
        await UnchangedAsync(id, "receive.Submitted");
    }

    [Test]
    public async Task Should_refuse_a_message_without_a_user_id()
    {
        var id = await SubmittedCaseAsync("users-anonymous-1");
        _guest.UserId = null;

        await _guest.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:RegisterCase", new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "command-room" }));

        var (reason, sender) = await RefusedAsync(id, "Register");
        Assert.That(reason, Does.Contain("carries no AMQP user_id property"));
        Assert.That(sender, Is.Empty);
        await UnchangedAsync(id, "receive.Submitted");
    }

    [Test]
    public async Task Should_refuse_a_broker_user_the_senders_do_not_map()
    {
        var id = await SubmittedCaseAsync("users-unmapped-1");
        _guest.UserId = BrokerUsers.Gateway.Name;

        await _guest.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:RegisterCase", new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "command-room" }));

        var (reason, _) = await RefusedAsync(id, "Register");
        Assert.That(reason, Does.Contain("broker user 'guest' is not a CaseFlow sender").And.Contain("county12345, shi-an-tong"));
        await UnchangedAsync(id, "receive.Submitted");
    }

    [Test]
    public async Task Should_leave_a_forged_user_id_to_the_broker_to_refuse()
    {
        var id = await EscalatedCaseAsync("users-forged-1");
        await using var forger = await RawAmqp.ConnectAsync(_broker.VirtualHost, BrokerUsers.Intake);
        forger.UserId = BrokerUsers.County.Name;

        var refused = Assert.CatchAsync(() => forger.PublishAsync(Commands, CountyAccepted(id, "YH12345-FORGED-1")));

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.Not.Null, "the broker should refuse a user_id that is not the connection's user");
            Assert.That(forger.Channel.CloseReason?.ReplyCode, Is.EqualTo(406), $"the channel should be closed with PRECONDITION_FAILED: {forger.Channel.CloseReason}");
            Assert.That(forger.Channel.CloseReason?.ReplyText, Does.Contain("user_id property set to 'county12345' but authenticated user was 'shi-an-tong'"));
        });
        await UnchangedAsync(id, "dispatch.EscalatedToCounty");
    }

    private static JsonObject CountyAccepted(Guid id, string number) => RawAmqp.Envelope("CaseFlow.Contracts.County:CountyCaseAccepted", new JsonObject
    {
        ["caseId"] = id.ToString(),
        ["countyCaseNumber"] = number,
        ["deadline"] = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8)).ToString("O"),
    });

    /// <summary>The rejection published about the case (it must name the command) and, from the error queue, the reason kept in its headers and the sending user.</summary>
    private async Task<(string Reason, string Sender)> RefusedAsync(Guid id, string command)
    {
        var rejection = await _guest.NextMatchingAsync(_rejections, m => m["message"]?["caseId"]?.GetValue<string>() == id.ToString(), Wait);
        Assert.That(rejection, Is.Not.Null, "no CaseCommandRejected was published about the case");
        var reason = rejection!["message"]!["reason"]!.GetValue<string>();
        Assert.That(rejection["message"]!["command"]!.GetValue<string>(), Is.EqualTo(command));

        var error = await _guest.NextAsync(ErrorQueue, Wait);
        Assert.That(error, Is.Not.Null, $"the refused message did not reach {ErrorQueue}");
        Assert.That(error!.Value.Body["message"]!["caseId"]!.GetValue<string>(), Is.EqualTo(id.ToString()));
        Assert.That(RawAmqp.Header(error.Value.Headers, "MT-Fault-Message"), Is.EqualTo(reason), "the error queue keeps the reason in the message's headers");
        return (reason, RawAmqp.Header(error.Value.Headers, ErrorQueueFilter.UserIdHeader));
    }

    /// <summary>A hotline case out of the township's remit, registered and triaged by the command room: escalated to the county.</summary>
    private async Task<Guid> EscalatedCaseAsync(string key)
    {
        var id = await SubmittedCaseAsync(key, "medical-insurance");
        Must(await _cases.ExecuteAsync(new CaseCommand { Trigger = Triggers.Register, CaseId = id, Actor = "command-room" }));
        Must(await _cases.ExecuteAsync(new CaseCommand { Trigger = Triggers.Triage, CaseId = id, Actor = "command-room" }));
        return id;
    }

    private async Task<Guid> SubmittedCaseAsync(string key, string category = "sanitation")
    {
        var outcome = await _cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(),
            Actor = "command-room",
            Payload = new CasePayload
            {
                ClientKey = key,
                Category = category,
                Title = "来电",
                Description = "来电反映的问题",
                Channel = "hotline",
                Reporter = new Reporter("钟大伯", "13857880003", null),
            },
        });
        Must(outcome);
        return outcome.State!.Id;
    }

    private static void Must(CommandOutcome outcome) =>
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => $"setting the case up was refused: {outcome.Decision?.Rejection}");

    private async Task<CaseView> CaseAtAsync(Guid id, string position)
    {
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until)
        {
            if (await _cases.GetAsync(id) is { } view && view.State.Position == position)
            {
                return view;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"case {id} did not reach {position} within {Wait.TotalSeconds:0} s");
        throw new InvalidOperationException("unreachable");
    }

    private async Task<CaseView> SubmittedAsync(string key)
    {
        var store = _factory.Services.GetRequiredService<Engine.History.ICaseStore>();
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until)
        {
            if (await store.FindByClientKeyAsync(key) is { } id)
            {
                return (await _cases.GetAsync(id))!;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no case was submitted under {key} within {Wait.TotalSeconds:0} s");
        throw new InvalidOperationException("unreachable");
    }

    private async Task UnchangedAsync(Guid id, string position)
    {
        var view = (await _cases.GetAsync(id))!;
        Assert.That((view.State.Position, view.History.Count(e => e.Identity?.StartsWith("broker:", StringComparison.Ordinal) == true)), Is.EqualTo((position, 0)),
            "the refused message changed the case");
    }
}
