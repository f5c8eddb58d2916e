using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Configuration;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.County;

/// <summary>
/// The county's messages, published as the county publishes them, reach the engine through the service's command endpoint (in-memory
/// bus), sent as the embedded default's in-process senders: the county (county12345) and the township gateway.
/// </summary>
[TestFixture]
public sealed class When_county_messages_arrive_on_the_bus
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private IBus _bus = null!;
    private CaseService _cases = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _factory.CreateClient().Dispose();
        _bus = _factory.Services.GetRequiredService<IBus>();
        _cases = _factory.Services.GetRequiredService<CaseService>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_move_an_escalated_case_on_each_county_message()
    {
        var id = await EscalateAsync("bus-county-1");
        var deadline = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8));

        await _bus.PublishAs(DemoSenders.County, new CountyCaseAccepted { CaseId = id, CountyCaseNumber = "YH12345-BUS-1", Deadline = deadline });
        await CaseAt(id, "dispatch.CountyAccepted");
        await _bus.PublishAs(DemoSenders.County, new CountyCaseAssigned { CaseId = id, Department = "县医疗保障局" });
        await CaseAt(id, "dispatch.CountyAssigned");
        await _bus.PublishAs(DemoSenders.County, new CountyCaseResolved { CaseId = id, Result = "报销款已到账" });
        var state = await CaseAt(id, "feedback.ResultReported");

        Assert.Multiple(() =>
        {
            Assert.That(state.CountyCaseNumber, Is.EqualTo("YH12345-BUS-1"));
            Assert.That(state.CountyDeadline, Is.EqualTo(deadline));
            Assert.That(state.CountyDepartment, Is.EqualTo("县医疗保障局"));
            Assert.That(state.Result, Is.EqualTo("报销款已到账"));
        });
    }

    [Test]
    public async Task Should_receive_a_case_the_county_hands_down_once_however_often_it_is_sent()
    {
        var handedDown = new CaseHandedDown { CountyCaseNumber = "YH12345-BUS-2", Category = "sanitation", Description = "垃圾未清运", ReporterName = "雷女士", ReporterPhone = "13857880001" };
        var client = _bus.CreateRequestClient<CaseHandedDown>(RequestTimeout.After(s: 30));

        var first = await client.GetResponse<CaseCommandAccepted>(handedDown, request => request.As(DemoSenders.County));
        var again = await client.GetResponse<CaseCommandAccepted>(handedDown, request => request.As(DemoSenders.County));

        var view = (await _cases.GetAsync(first.Message.CaseId))!;
        var state = view.State;
        Assert.Multiple(() =>
        {
            Assert.That(again.Message.CaseId, Is.EqualTo(first.Message.CaseId));
            Assert.That(first.Message.State, Is.EqualTo("receive.Submitted"));
            Assert.That(state.Channel, Is.EqualTo("county12345"));
            Assert.That(state.CountyCaseNumber, Is.EqualTo("YH12345-BUS-2"));
            Assert.That((view.History[0].Actor, view.History[0].Identity), Is.EqualTo(("county-12345", "in-process:county12345")));
        });
    }

    private async Task<Guid> EscalateAsync(string key)
    {
        var submitted = await SendAsync(new SubmitCase
        {
            ClientKey = key,
            Actor = "command-room",
            Category = "medical-insurance",
            Description = "医保报销未到账",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = "钟大伯", Phone = "13857880003" },
        });
        await SendAsync(new RegisterCase { CaseId = submitted.CaseId, Actor = "command-room" });
        var triaged = await SendAsync(new TriageCase { CaseId = submitted.CaseId, Actor = "command-room" });
        Assert.That(triaged.State, Is.EqualTo("dispatch.EscalatedToCounty"));
        return submitted.CaseId;
    }

    private async Task<CaseCommandAccepted> SendAsync<T>(T command)
        where T : class
    {
        var response = await _bus.CreateRequestClient<T>(RequestTimeout.After(s: 30)).GetResponse<CaseCommandAccepted>(command, request => request.As(DemoSenders.Gateway));
        return response.Message;
    }

    /// <summary>Waits (bounded) for the published message to be applied: the county does not ask for an answer.</summary>
    private async Task<CaseState> CaseAt(Guid id, string position)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        CaseState state;
        do
        {
            state = (await _cases.GetAsync(id))!.State;
            if (state.Position == position)
            {
                return state;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"case {id} did not reach {position} within 15 s; it is in {state.Position}");
        return state;
    }
}
