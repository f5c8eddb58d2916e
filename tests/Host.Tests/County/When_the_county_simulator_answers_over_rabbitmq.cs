using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Transport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.County;

/// <summary>
/// The whole county 12345 conversation over the real broker: the service on a virtual host of its own and the county simulator
/// as a separate process on the same virtual host, speaking only the county contracts as the county's own broker user, which the
/// service maps to the county 12345 system.
/// </summary>
[TestFixture]
public sealed class When_the_county_simulator_answers_over_rabbitmq
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private SimulatorProcess _simulator = null!;
    private IBus _bus = null!;
    private CaseService _cases = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = RabbitMqBroker.CreateVirtualHost(BrokerUsers.County);
        _database = CaseFlowFactory.NewDatabasePath();
        var settings = _broker.Settings();
        foreach (var (key, value) in RabbitMqBroker.Sender(BrokerUsers.County, "system:county-12345"))
        {
            settings[key] = value;
        }

        _factory = new CaseFlowFactory(_database, settings);
        _factory.CreateClient().Dispose();
        _bus = _factory.Services.GetRequiredService<IBus>();
        _cases = _factory.Services.GetRequiredService<CaseService>();
        _simulator = SimulatorProcess.Start(
            "--vhost", _broker.VirtualHost, "--user", BrokerUsers.County.Name, "--password", BrokerUsers.County.Password, "--delay-ms", "200", "--send-back-rate", "0", "--progress-rate", "1", "--urge-rate", "1", "--seed", "7", "--hand-down", "1");
        await _simulator.WaitForLineAsync("listening on queue", Bound);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _simulator?.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public async Task Should_resolve_an_escalated_case_whose_result_the_reporter_hears_and_rates()
    {
        var id = (await SendAsync(new SubmitCase
        {
            ClientKey = "county-sim-1",
            Actor = "command-room",
            Category = "medical-insurance",
            Title = "医保报销进度",
            Description = "住院医保报销三个月未到账",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = "钟大伯", Phone = "13857880003" },
        })).CaseId;
        await SendAsync(new RegisterCase { CaseId = id, Actor = "command-room" });
        var triaged = await SendAsync(new TriageCase { CaseId = id, Actor = "command-room" });

        var resolved = await WaitForAsync(id, s => s.Position == "feedback.ResultReported", "the county's result");
        var history = (await _cases.GetAsync(id))!.History;
        var county = history.Where(e => e.Actor == "county-12345").ToList();
        await SendAsync(new FeedBackToReporter { CaseId = id, Actor = "command-room", Message = $"县12345办理结果：{resolved.Result}" });
        await SendAsync(new RecordFeedback { CaseId = id, Actor = "command-room", Outcome = "confirmed" });
        var closed = await SendAsync(new RateCase { CaseId = id, Actor = "command-room", Rating = "satisfied" });

        Assert.Multiple(() =>
        {
            Assert.That(triaged.State, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(county.Select(e => e.Trigger), Is.EqualTo(new[] { "CountyAccept", "CountyAssign", "CountyProgress", "CountyUrge", "CountyResolve" }));
            Assert.That(county.Select(e => e.Identity), Has.All.EqualTo("broker:county12345"), "the county acts under the broker user the broker validated");
            Assert.That(resolved.CountyStatus, Is.EqualTo(CountyStatuses.Resolved));
            Assert.That(resolved.CountyCaseNumber, Does.StartWith("YH12345-"));
            Assert.That(resolved.CountyDepartment, Is.EqualTo("县医疗保障局"));
            Assert.That(resolved.CountyDeadline, Is.GreaterThan(resolved.SubmittedAt.AddDays(4)));
            Assert.That(resolved.Result, Does.Contain("县医疗保障局已办结"));
            Assert.That(closed.State, Is.EqualTo("assess.Closed"));
        });
    }

    [Test]
    public async Task Should_receive_the_case_the_county_hands_down_and_report_its_closing_back()
    {
        var handedDown = await WaitForHandedDownAsync();
        var id = handedDown.Id;
        var category = _factory.Services.GetRequiredService<Engine.Definitions.DefinitionRegistry>().Current.Category(handedDown.Category)!;
        var coordinator = _factory.Services.GetRequiredService<Engine.Definitions.DefinitionRegistry>().Current.Platform(category.Platform)!.Coordinator;
        await SendAsync(new RegisterCase { CaseId = id, Actor = "command-room" });
        await SendAsync(new TriageCase { CaseId = id, Actor = "command-room" });
        await SendAsync(new DispatchCase { CaseId = id, Actor = "command-room" });
        await SendAsync(new AssignCase { CaseId = id, Actor = coordinator });
        await SendAsync(new SignForCase { CaseId = id, Actor = category.LeadOffice });
        await SendAsync(new CompleteCase { CaseId = id, Actor = category.LeadOffice, Result = "已现场处置完毕" });
        await SendAsync(new FeedBackToReporter { CaseId = id, Actor = "command-room", Message = "已处置完毕" });
        await SendAsync(new RecordFeedback { CaseId = id, Actor = "command-room", Outcome = "confirmed" });
        await SendAsync(new RateCase { CaseId = id, Actor = "command-room", Rating = "basicallySatisfied" });

        var line = await _simulator.WaitForLineAsync($"township closed handed-down {handedDown.CountyCaseNumber}", Bound);
        Assert.Multiple(() =>
        {
            Assert.That(handedDown.Position, Is.EqualTo("receive.Submitted"));
            Assert.That(handedDown.ClientKey, Is.EqualTo($"county12345:{handedDown.CountyCaseNumber}"));
            Assert.That(line, Does.Contain(id.ToString()).And.Contain("已现场处置完毕").And.Contain("basicallySatisfied"));
        });
    }

    private async Task<CaseState> WaitForHandedDownAsync()
    {
        var until = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < until)
        {
            var cases = await _factory.Services.GetRequiredService<ICaseStore>().ListAsync(limit: 100);
            if (cases.FirstOrDefault(c => c.Channel == "county12345") is { } handedDown)
            {
                return handedDown;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no case was handed down within {Bound.TotalSeconds:0} s; the simulator said:{Environment.NewLine}{_simulator.Output}");
        throw new InvalidOperationException("unreachable");
    }

    private async Task<CaseState> WaitForAsync(Guid id, Func<CaseState, bool> reached, string what)
    {
        var until = DateTime.UtcNow + Bound;
        CaseState state;
        do
        {
            state = (await _cases.GetAsync(id))!.State;
            if (reached(state))
            {
                return state;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"case {id} did not get {what} within {Bound.TotalSeconds:0} s; it is in {state.Position}; the simulator said:{Environment.NewLine}{_simulator.Output}");
        return state;
    }

    private async Task<CaseCommandAccepted> SendAsync<T>(T command)
        where T : class
    {
        var client = _bus.CreateRequestClient<T>(RequestTimeout.After(s: 30));
        var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(command);
        if (response.Is(out Response<CaseCommandAccepted>? accepted))
        {
            return accepted!.Message;
        }

        response.Is(out Response<CaseCommandRejected>? rejected);
        Assert.Fail($"{typeof(T).Name} was refused: {rejected!.Message.Reason}");
        throw new InvalidOperationException("unreachable");
    }
}
