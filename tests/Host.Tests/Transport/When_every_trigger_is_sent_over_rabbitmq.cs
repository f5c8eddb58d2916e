using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Messaging;
using CaseFlow.Workflows.Compilation;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>
/// Every trigger a caller may send (every role of workflows.json but the timer pump's and the reporter's), sent over the real broker
/// at least once and accepted: people's commands from the test gateway (guest, mapped to every person's position), the county's from
/// its own broker user. Before each, one attempt from a position the definition does not admit there — refused with a
/// CaseCommandRejected naming who may, and moved to the error queue. One case per path: the whole loop with a return, joint handling,
/// an urging and an extension; invalid; duplicate; escalated and resolved by the county; escalated and sent back; handed down.
/// </summary>
[TestFixture]
public sealed class When_every_trigger_is_sent_over_rabbitmq
{
    private const string Reason = "不属于本平台职责";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset CountyDeadline = new(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8));

    private readonly HashSet<string> _accepted = new(StringComparer.Ordinal);
    private readonly List<CaseCommandRejected> _forbidden = [];
    private readonly List<Guid> _cases = [];
    private RabbitMqBroker _broker = null!;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private IBus _gateway = null!;
    private IBusControl _county = null!;
    private CompiledDefinition _definition = null!;
    private string _errorQueueDepth = "";

    [OneTimeSetUp]
    public async Task Drive_one_case_down_each_path()
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
        _gateway = _factory.Services.GetRequiredService<IBus>();
        _definition = _factory.Services.GetRequiredService<DefinitionRegistry>().Current;
        _county = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host("127.0.0.1", 5672, _broker.VirtualHost, host =>
            {
                host.Username(BrokerUsers.County.Name);
                host.Password(BrokerUsers.County.Password);
            });
            cfg.UseBrokerUserId(BrokerUsers.County.Name);
        });
        await _county.StartAsync();

        var closed = await TheWholeLoopAsync();
        await InvalidAsync();
        await DuplicateAsync(closed);
        await ResolvedByTheCountyAsync();
        await SentBackByTheCountyAsync();
        await HandedDownAsync();
        await _broker.DrainedAsync("caseflow-commands", Bound);
        _errorQueueDepth = RabbitMqBroker.Ctl($"list_queues -p {_broker.VirtualHost} name messages");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _county.StopAsync();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        _broker.Dispose();
    }

    [Test]
    public void Should_accept_every_trigger_a_caller_may_send() =>
        Assert.That(_accepted, Is.EquivalentTo(CallerTriggers()));

    [Test]
    public void Should_refuse_every_trigger_once_from_a_position_that_may_not_send_it() =>
        Assert.That(_forbidden.Select(r => r.Command).Distinct(), Is.EquivalentTo(CallerTriggers()));

    [Test]
    public void Should_name_who_may_in_each_refusal()
    {
        Assert.Multiple(() =>
        {
            foreach (var rejected in _forbidden)
            {
                Assert.That(rejected.Reason, Does.Contain("may be sent only by").Or.Contain("may be submitted only by").Or.Contain("the county's own broker user sends it"), rejected.Command);
            }
        });
    }

    [Test]
    public void Should_move_every_refused_command_to_the_error_queue() =>
        Assert.That(_errorQueueDepth, Does.Contain($"caseflow-commands_error\t{_forbidden.Count}"));

    [Test]
    public async Task Should_record_each_step_under_the_broker_user_that_sent_it()
    {
        var cases = _factory.Services.GetRequiredService<CaseService>();
        var events = new List<CaseEvent>();
        foreach (var id in _cases)
        {
            events.AddRange((await cases.GetAsync(id))!.History);
        }

        Assert.Multiple(() =>
        {
            Assert.That(events.Where(e => e.Actor == "county-12345").Select(e => e.Identity), Has.All.EqualTo("broker:county12345"));
            Assert.That(events.Where(e => e.Actor != "county-12345").Select(e => e.Identity), Has.All.EqualTo("broker:guest"));
            Assert.That(events.Select(e => e.Actor), Has.None.EqualTo(Positions.Reporter).And.None.EqualTo(Positions.TimerPump));
        });
    }

    /// <summary>Submit, Submit's ids and every trigger a transition lets someone other than the timer pump or the reporter send.</summary>
    private IEnumerable<string> CallerTriggers() =>
        _definition.Definition.Workflows.SelectMany(w => w.Transitions)
            .Where(t => t.By.Any(role => role is not (Permissions.Roles.System or Permissions.Roles.Reporter)))
            .Select(t => t.Trigger)
            .Append(Triggers.Submit)
            .Distinct();

    /// <summary>A grid member's report through return, re-dispatch, joint handling, an urging and an extension to the callback.</summary>
    private async Task<Guid> TheWholeLoopAsync()
    {
        var category = _definition.Category("illegal-construction")!;
        var coordinator = _definition.Platform(category.Platform)!.Coordinator;
        const string Lead = "demolition-office";
        const string Police = "police-station";
        const string Food = "food-safety-office";
        var submission = new SubmitCase
        {
            ClientKey = $"every-trigger-loop-{Guid.NewGuid():N}",
            Actor = "grid-member-1",
            Category = category.Id,
            Title = "村口违建",
            Description = "村口新建铁皮棚",
            Channel = "grid",
            Grid = "grid-1",
            Village = "village-1",
        };
        await ForbiddenAsync(_gateway, submission with { Actor = Lead }, "commandRoom");
        var id = (await AcceptAsync(_gateway, submission)).CaseId;
        await StepAsync(new RegisterCase { CaseId = id, Actor = "command-room" }, c => c with { Actor = "grid-member-1" }, "commandRoom");
        await StepAsync(new TriageCase { CaseId = id, Actor = "command-room" }, c => c with { Actor = coordinator }, "commandRoom");
        await StepAsync(new DispatchCase { CaseId = id, Actor = "command-room" }, c => c with { Actor = coordinator }, "commandRoom");
        await StepAsync(new ReturnCase { CaseId = id, Actor = coordinator, Reason = Reason }, c => c with { Actor = Lead }, "platformCoordinator");
        await AcceptAsync(_gateway, new DispatchCase { CaseId = id, Actor = "command-room" });
        await StepAsync(new AssignCase { CaseId = id, Actor = coordinator, CoHandlers = [Police, Food] }, c => c with { Actor = "deputy-secretary" }, "platformCoordinator");
        await StepAsync(new SignForCase { CaseId = id, Actor = Lead }, c => c with { Actor = Police }, "leadOffice");
        await StepAsync(new ReportCoHandling { CaseId = id, Actor = Police, Office = Police, Note = "已出警" }, c => c with { Actor = Lead }, "coHandler");
        await AcceptAsync(_gateway, new ReportCoHandling { CaseId = id, Actor = Food, Office = Food, Note = "已核查" });
        await StepAsync(new ReportProgress { CaseId = id, Actor = Lead, Note = "已下达整改通知" }, c => c with { Actor = Police }, "leadOffice");
        await StepAsync(new UrgeCase { CaseId = id, Actor = "command-room", Note = "请加快办理" }, c => c with { Actor = Lead }, "commandRoom");
        await StepAsync(new RequestExtension { CaseId = id, Actor = Lead, WorkingDays = 3, Reason = "需等待鉴定" }, c => c with { Actor = Police }, "leadOffice");
        await StepAsync(new DecideExtension { CaseId = id, Actor = coordinator, Approved = true }, c => c with { Actor = "command-room" }, "platformCoordinator");
        await StepAsync(new CompleteCase { CaseId = id, Actor = Lead, Result = "违建已拆除" }, c => c with { Actor = Police }, "leadOffice");
        await StepAsync(new FeedBackToReporter { CaseId = id, Actor = "command-room", Message = "已拆除，请确认" }, c => c with { Actor = Lead }, "commandRoom");
        await StepAsync(new RecordFeedback { CaseId = id, Actor = "command-room", Outcome = "confirmed" }, c => c with { Actor = Lead }, "commandRoom");
        await StepAsync(new RateCase { CaseId = id, Actor = "command-room", Rating = "satisfied" }, c => c with { Actor = Lead }, "commandRoom");
        await StepAsync(new RecordCallback { CaseId = id, Actor = "command-room", CalledAt = DateTimeOffset.UtcNow, Reached = true, Rating = "satisfied" }, c => c with { Actor = Lead }, "commandRoom");
        return id;
    }

    private async Task InvalidAsync()
    {
        var id = await HotlineCaseAsync("sanitation");
        await StepAsync(new MarkCaseInvalid { CaseId = id, Actor = "command-room", Reason = "咨询类来电" }, c => c with { Actor = "sanitation-office" }, "commandRoom");
    }

    private async Task DuplicateAsync(Guid original)
    {
        var id = await HotlineCaseAsync("illegal-construction");
        await AcceptAsync(_gateway, new RegisterCase { CaseId = id, Actor = "command-room" });
        await StepAsync(new MarkCaseDuplicate { CaseId = id, Actor = "command-room", DuplicateOf = original, Reason = "同一违建" }, c => c with { Actor = "demolition-office" }, "commandRoom");
    }

    private async Task ResolvedByTheCountyAsync()
    {
        var id = await TriagedAsync("medical-insurance");
        await CountyStepAsync(new CountyCaseAccepted { CaseId = id, CountyCaseNumber = $"YH12345-{id:N}", Deadline = CountyDeadline });
        await CountyStepAsync(new CountyCaseAssigned { CaseId = id, Department = "县医疗保障局" });
        await CountyStepAsync(new CountyProgressReported { CaseId = id, Note = "正在核实" });
        await CountyStepAsync(new CountyCaseUrged { CaseId = id, Note = "请按期办结" });
        await CountyStepAsync(new CountyCaseResolved { CaseId = id, Result = "报销款已到账" });
    }

    private async Task SentBackByTheCountyAsync()
    {
        var id = await TriagedAsync("sanitation");
        await StepAsync(new EscalateCaseToCounty { CaseId = id, Actor = "command-room", Reason = "涉及县级部门" }, c => c with { Actor = "sanitation-office" }, "commandRoom");
        await CountyStepAsync(new CountyCaseSentBack { CaseId = id, Reason = "属乡镇职责" });
    }

    private async Task HandedDownAsync()
    {
        var handedDown = new CaseHandedDown { CountyCaseNumber = $"YH12345-{Guid.NewGuid():N}", Category = "sanitation", Description = "垃圾未清运", ReporterName = "雷女士", ReporterPhone = "13857880001", Deadline = CountyDeadline };
        await ForbiddenAsync(_gateway, handedDown, "county");
        _cases.Add((await AcceptAsync(_county, handedDown)).CaseId);
    }

    private async Task<Guid> HotlineCaseAsync(string category)
    {
        var submitted = await AcceptAsync(_gateway, new SubmitCase
        {
            ClientKey = $"every-trigger-{Guid.NewGuid():N}",
            Actor = "command-room",
            Category = category,
            Title = "来电",
            Description = "来电反映的问题",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = "钟大伯", Phone = "13857880003" },
        });
        return submitted.CaseId;
    }

    private async Task<Guid> TriagedAsync(string category)
    {
        var id = await HotlineCaseAsync(category);
        await AcceptAsync(_gateway, new RegisterCase { CaseId = id, Actor = "command-room" });
        await AcceptAsync(_gateway, new TriageCase { CaseId = id, Actor = "command-room" });
        return id;
    }

    /// <summary>A township step: first from a position the definition does not admit (refused naming <paramref name="mayRole"/>), then as it should be.</summary>
    private async Task StepAsync<T>(T command, Func<T, T> wrongly, string mayRole)
        where T : class
    {
        await ForbiddenAsync(_gateway, wrongly(command), mayRole);
        await AcceptAsync(_gateway, command);
    }

    /// <summary>A county step: first from the gateway, which holds no county position, then from the county's own user.</summary>
    private async Task CountyStepAsync<T>(T message)
        where T : class
    {
        await ForbiddenAsync(_gateway, message, "county");
        await AcceptAsync(_county, message);
    }

    private async Task<CaseCommandAccepted> AcceptAsync<T>(IBus bus, T command)
        where T : class
    {
        var response = await bus.CreateRequestClient<T>(RequestTimeout.After(s: (int)Bound.TotalSeconds)).GetResponse<CaseCommandAccepted, CaseCommandRejected>(command);
        if (response.Is(out Response<CaseCommandRejected>? rejected))
        {
            Assert.Fail($"{typeof(T).Name} was refused: {rejected!.Message.Reason}");
        }

        response.Is(out Response<CaseCommandAccepted>? accepted);
        _accepted.Add(accepted!.Message.Command);
        if (!_cases.Contains(accepted.Message.CaseId))
        {
            _cases.Add(accepted.Message.CaseId);
        }

        return accepted.Message;
    }

    private async Task ForbiddenAsync<T>(IBus bus, T command, string mayRole)
        where T : class
    {
        var response = await bus.CreateRequestClient<T>(RequestTimeout.After(s: (int)Bound.TotalSeconds)).GetResponse<CaseCommandAccepted, CaseCommandRejected>(command);
        if (!response.Is(out Response<CaseCommandRejected>? rejected))
        {
            Assert.Fail($"{typeof(T).Name} {command} should have been refused");
        }

        Assert.That(rejected!.Message.Reason, Does.Contain(mayRole), $"{typeof(T).Name}'s refusal should name who may send it");
        _forbidden.Add(rejected.Message);
    }
}
