using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.County;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>
/// Random valid histories: the real case service over a store, on the shipped workflows.json and a fake clock, sent random
/// commands its cases permit (by whoever may send them, with data of the kind each trigger carries) while time moves on by random
/// steps and the timer pump fires what falls due. Refused commands are simply not recorded. The same seed plays the same township.
/// </summary>
internal sealed class RandomTownship
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly Random _random;
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly List<Guid> _cases = [];

    private RandomTownship(ICaseStore store, int seed)
    {
        _random = new Random(seed);
        Store = store;
        Definitions = new DefinitionRegistry((IDefinitionStore)store, _clock);
        Cases = new CaseService(store, Definitions, new RecordingPublisher(), _clock, NullLogger<CaseService>.Instance);
        Pump = new TimerPump(store, Cases, _clock, NullLogger<TimerPump>.Instance);
    }

    public ICaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseService Cases { get; }

    public TimerPump Pump { get; }

    /// <summary>The first instant of the play.</summary>
    public static DateTimeOffset Begins => Start;

    /// <summary>The clock when the play ended.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Commands the service accepted (besides the timers it fired).</summary>
    public int Accepted { get; private set; }

    private CompiledDefinition Definition => Definitions.Current;

    /// <summary>Plays <paramref name="steps"/> random steps on an initialised store.</summary>
    public static async Task<RandomTownship> PlayAsync(ICaseStore store, int seed, int steps)
    {
        var township = new RandomTownship(store, seed);
        await township.Definitions.PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        for (var step = 0; step < steps; step++)
        {
            await township.StepAsync();
        }

        return township;
    }

    private async Task StepAsync()
    {
        _clock.Advance(TimeSpan.FromMinutes(_random.Next(0, 100) < 10 ? _random.Next(600, 4000) : _random.Next(1, 240)));
        var roll = _random.Next(100);
        if (_cases.Count == 0 || roll < 8)
        {
            await SubmitAsync();
        }
        else if (roll < 16)
        {
            await Pump.FireDueAsync();
        }
        else
        {
            await CommandAsync(_cases[_random.Next(_cases.Count)]);
        }
    }

    private async Task SubmitAsync()
    {
        var categories = Definition.Definition.Categories;
        var grids = Definition.Definition.Organisation.Grids;
        var grid = _random.Next(4) == 0 ? null : grids[_random.Next(grids.Count)];
        var outcome = await Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(_clock.GetUtcNow()),
            Actor = "service-hotline",
            Payload = new CasePayload
            {
                ClientKey = $"random-{_random.Next():x8}-{_cases.Count}",
                Category = categories[_random.Next(categories.Count)].Id,
                Title = "随机案件",
                Description = "随机生成的案件描述",
                Channel = "hotline",
                Priority = _random.Next(5) == 0 ? "urgent" : "normal",
                Reporter = new Reporter("蓝女士", "13800000000", null),
                Location = "雾溪村口",
                Grid = grid?.Id,
            },
        });
        if (outcome.Status == CommandStatus.Accepted)
        {
            _cases.Add(outcome.State!.Id);
            Accepted++;
        }
    }

    private async Task CommandAsync(Guid caseId)
    {
        var view = await Cases.GetAsync(caseId) ?? throw new AssertionException($"case {caseId} should exist");
        var triggers = view.PermittedTriggers;
        if (triggers.Count == 0)
        {
            return;
        }

        var trigger = Weighted(triggers);
        var who = Permissions.WhoMay(view.State, trigger, Definition);
        var actor = who.Count == 0 ? "command-room" : who[_random.Next(who.Count)];
        var outcome = await Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = Payload(trigger, view.State) });
        if (outcome.Status == CommandStatus.Accepted)
        {
            Accepted++;
        }
    }

    /// <summary>Data of the kind the trigger carries, sometimes left out or out of bounds so that refusals are played too.</summary>
    private CasePayload Payload(string trigger, CaseState state)
    {
        var offices = Definition.Definition.Organisation.Offices;
        var now = _clock.GetUtcNow();
        return trigger switch
        {
            Triggers.MarkInvalid or Triggers.Return or Triggers.EscalateToCounty or Triggers.CountySendBack => new() { Reason = "随机原因" },
            Triggers.MarkDuplicate => new() { DuplicateOf = _cases[_random.Next(_cases.Count)], Reason = "重复" },
            Triggers.Assign => new()
            {
                CoHandlers = _random.Next(3) == 0 ? [offices[_random.Next(offices.Count)].Id, offices[_random.Next(offices.Count)].Id] : [],
            },
            Triggers.ReportCoHandling => new() { Office = state.CoHandlers.FirstOrDefault(c => !c.Reported)?.Office },
            Triggers.Complete or Triggers.CountyResolve => new() { Result = "已处理" },
            Triggers.RequestExtension => new() { WorkingDays = _random.Next(1, 6), Reason = "需要更多时间" },
            Triggers.DecideExtension => new() { Approved = _random.Next(2) == 0, Reason = "随机决定" },
            Triggers.CountyAccept => new() { CountyCaseNumber = $"YH12345-{_random.Next(10000):D4}", Deadline = now.AddDays(_random.Next(1, 10)) },
            Triggers.CountyAssign => new() { Department = "县有关部门" },
            Triggers.FeedBack or Triggers.ReportProgress or Triggers.CountyProgress or Triggers.CountyUrge or Triggers.Urge => new() { Note = "随机进展" },
            Triggers.RecordFeedback => new() { Feedback = _random.Next(3) == 0 ? "disputed" : "confirmed" },
            Triggers.Rate => new() { Rating = Pick("satisfied", "basicallySatisfied", "dissatisfied") },
            Triggers.RecordCallback => new()
            {
                CalledAt = now.AddMinutes(-_random.Next(0, 60)),
                Reached = _random.Next(3) != 0,
                Rating = Pick("satisfied", "basicallySatisfied", "dissatisfied"),
            },
            _ => CasePayload.Empty,
        };
    }

    private string Pick(params string[] values) => values[_random.Next(values.Length)];

    /// <summary>A permitted trigger, the ones that set a case aside or send it back drawn rarely, so that most cases go round the loop.</summary>
    private string Weighted(IReadOnlyList<string> triggers)
    {
        static int Weight(string trigger) => trigger switch
        {
            Triggers.MarkInvalid or Triggers.MarkDuplicate => 1,
            Triggers.Return or Triggers.EscalateToCounty or Triggers.CountySendBack => 3,
            _ => 12,
        };

        var roll = _random.Next(triggers.Sum(Weight));
        foreach (var trigger in triggers)
        {
            roll -= Weight(trigger);
            if (roll < 0)
            {
                return trigger;
            }
        }

        return triggers[^1];
    }

    /// <summary>Every case assessed by replaying its history, and as the projection reads it, at <paramref name="asOf"/>.</summary>
    public async Task<(IReadOnlyList<AssessedCase> Replayed, IReadOnlyList<AssessedCase> Projected)> AssessAsync(DateTimeOffset asOf)
    {
        var reader = new CaseRecordReader(Store, Definitions);
        var replayed = (await reader.ReadAllAsync()).Where(r => r.State.SubmittedAt <= asOf).Select(r => CaseAssessor.Assess(r, Definition, asOf)).ToList();
        var projected = (await reader.ReadAtAsync(asOf)).Where(r => r.State.SubmittedAt <= asOf).Select(r => CaseAssessor.Assess(r, Definition, asOf)).ToList();
        return (replayed, projected);
    }
}
