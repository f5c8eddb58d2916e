using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

[TestFixture]
public sealed class When_the_service_runs_over_rabbitmq
{
    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _broker = RabbitMqBroker.CreateVirtualHost();
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, _broker.Settings());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public async Task Should_run_a_case_around_the_loop_with_messages_through_the_broker()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var submitted = await SendAsync(bus, new SubmitCase
        {
            ClientKey = "rabbit-loop-1",
            Actor = "command-room",
            Category = "social-security",
            Description = "养老保险断缴咨询",
            Channel = "hotline",
            Reporter = new Reporter { Name = "雷女士", Phone = "13857880001" },
        });
        var id = submitted.CaseId;
        await SendAsync(bus, new RegisterCase { CaseId = id, Actor = "command-room" });
        await SendAsync(bus, new TriageCase { CaseId = id, Actor = "command-room" });
        await SendAsync(bus, new DispatchCase { CaseId = id, Actor = "command-room" });
        await SendAsync(bus, new AssignCase { CaseId = id, Actor = "deputy-head-services" });
        await SendAsync(bus, new SignForCase { CaseId = id, Actor = "employment-security-office" });
        await SendAsync(bus, new CompleteCase { CaseId = id, Actor = "employment-security-office", Result = "已协助补缴" });
        await SendAsync(bus, new FeedBackToReporter { CaseId = id, Actor = "command-room", Message = "已协助补缴" });
        await SendAsync(bus, new RecordFeedback { CaseId = id, Actor = "command-room", Outcome = "confirmed" });
        var closed = await SendAsync(bus, new RateCase { CaseId = id, Actor = "command-room", Rating = "satisfied" });

        var view = await Http.CaseApi.GetAsync(_client, id);
        Assert.Multiple(() =>
        {
            Assert.That(closed.State, Is.EqualTo("assess.Closed"));
            Assert.That(Http.CaseApi.Position(view), Is.EqualTo("assess.Closed"));
            Assert.That(view["history"]!.AsArray(), Has.Count.EqualTo(10));
            Assert.That(view["case"]!["leadOffice"]!.GetValue<string>(), Is.EqualTo("employment-security-office"));
        });
    }

    [Test]
    public async Task Should_answer_a_refused_command_with_its_reason()
    {
        var bus = _factory.Services.GetRequiredService<IBus>();
        var submitted = await SendAsync(bus, new SubmitCase
        {
            ClientKey = "rabbit-refused-1",
            Actor = "grid-member-3",
            Category = "sanitation",
            Description = "垃圾未清运",
            Channel = "grid",
            Grid = "grid-3",
        });
        var client = bus.CreateRequestClient<RateCase>(RequestTimeout.After(s: 30));
        var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(new RateCase { CaseId = submitted.CaseId, Actor = "command-room", Rating = "satisfied" });

        Assert.That(response.Is(out Response<CaseCommandRejected>? rejected), Is.True);
        Assert.That(rejected!.Message.Reason, Does.Contain("receive.Submitted"));
    }

    private static async Task<CaseCommandAccepted> SendAsync<T>(IBus bus, T command)
        where T : class
    {
        var client = bus.CreateRequestClient<T>(RequestTimeout.After(s: 30));
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
