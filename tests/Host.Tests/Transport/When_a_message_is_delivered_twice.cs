using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>At-least-once delivery, one effect: the same message id applies once; the same client key submits one case.</summary>
[TestFixture]
public sealed class When_a_message_is_delivered_twice
{
    private const string Commands = "caseflow-commands";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private RawAmqp _amqp = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = RabbitMqBroker.CreateVirtualHost();
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, _broker.Settings());
        _factory.CreateClient().Dispose();
        _amqp = await RawAmqp.ConnectAsync(_broker.VirtualHost);
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
    public async Task Should_apply_a_redelivered_command_once()
    {
        var cases = _factory.Services.GetRequiredService<CaseService>();
        var id = (await cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(),
            Actor = "grid-member-4",
            Payload = new CasePayload { ClientKey = "twice-progress", Category = "fire-hazard", Description = "楼道堆放杂物", Channel = "grid", Grid = "grid-4" },
        })).State!.Id;
        foreach (var (trigger, actor) in new[] { ("Register", "command-room"), ("Triage", "command-room"), ("Dispatch", "command-room"), ("Assign", "deputy-secretary"), ("SignFor", "fire-command") })
        {
            var outcome = await cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = id, Actor = actor });
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), outcome.Decision?.Rejection);
        }

        var messageId = Guid.NewGuid();
        var progress = new JsonObject { ["caseId"] = id.ToString(), ["actor"] = "fire-command", ["note"] = "已清理" };
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:ReportProgress", progress, messageId));
        await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:ReportProgress", (JsonObject)progress.DeepClone(), messageId));
        await _broker.DrainedAsync(Commands, Wait);

        var view = await cases.GetAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(view!.History.Count(e => e.Trigger == "ReportProgress"), Is.EqualTo(1));
            Assert.That(view.State.Position, Is.EqualTo("handle.InProgress"));
        });
    }

    [Test]
    public async Task Should_create_one_case_for_a_resent_submission()
    {
        var submission = new JsonObject
        {
            ["clientKey"] = "twice-submission",
            ["actor"] = "command-room",
            ["category"] = "elderly-care",
            ["channel"] = "hotline",
            ["description"] = "独居老人需要助餐服务",
            ["reporter"] = new JsonObject { ["name"] = "钟大伯", ["phone"] = "13857880002" },
        };
        for (var i = 0; i < 3; i++)
        {
            await _amqp.PublishAsync(Commands, RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", (JsonObject)submission.DeepClone()));
        }

        await _broker.DrainedAsync(Commands, Wait);
        var cases = await _factory.Services.GetRequiredService<Engine.History.ICaseStore>().ListAsync();
        Assert.That(cases.Count(c => c.ClientKey == "twice-submission"), Is.EqualTo(1));
    }
}
