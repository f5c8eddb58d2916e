using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Samples;

/// <summary>
/// Builds real case histories through the engine's own pure functions (decide, seal, apply) over workflows.json, a minute per
/// step, so that micro-benchmarks and the verification store work on exactly what CaseFlow records.
/// </summary>
internal sealed class SampleCase
{
    public const string Category = "illegal-construction";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly CompiledDefinition _definition;
    private readonly List<CaseEvent> _history = [];
    private DateTimeOffset _now;

    private SampleCase(CompiledDefinition definition, Guid id, string clientKey, DateTimeOffset start)
    {
        _definition = definition;
        _now = start;
        var submit = new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = id,
            Actor = "grid-member-1",
            Payload = new CasePayload
            {
                ClientKey = clientKey,
                Category = Category,
                Title = "村口违建",
                Description = "村口新建铁皮棚，占用道路。",
                Channel = "grid",
                Location = "雾溪村口",
                Village = "village-1",
                Grid = "grid-1",
            },
        };
        var decision = CaseDecider.Submit(submit, definition, 1, _now);
        Record(decision, submit.Trigger);
    }

    public CaseState State { get; private set; } = null!;

    public IReadOnlyList<CaseEvent> History => _history;

    public string LeadOffice => _definition.Category(Category)!.LeadOffice;

    public string Coordinator => _definition.Platform(_definition.Category(Category)!.Platform)!.Coordinator;

    public static SampleCase Submitted(CompiledDefinition definition, Guid? id = null, string? clientKey = null, DateTimeOffset? start = null) =>
        new(definition, id ?? Guid.NewGuid(), clientKey ?? $"sample-{Guid.NewGuid():N}", start ?? Start);

    /// <summary>Submitted, registered, triaged in scope, dispatched and assigned to the lead office (dispatch.AssignedToOffice).</summary>
    public static SampleCase AssignedToOffice(CompiledDefinition definition)
    {
        var sample = Submitted(definition).Then(Triggers.Register).Then(Triggers.Triage).Then(Triggers.Dispatch);
        return sample.Then(Triggers.Assign, actor: sample.Coordinator);
    }

    /// <summary>The in-scope loop with <paramref name="progressReports"/> progress reports: 10 events plus one per report.</summary>
    public static SampleCase Closed(CompiledDefinition definition, int progressReports, Guid? id = null, string? clientKey = null, DateTimeOffset? start = null)
    {
        var sample = Submitted(definition, id, clientKey, start).Then(Triggers.Register).Then(Triggers.Triage).Then(Triggers.Dispatch);
        sample.Then(Triggers.Assign, actor: sample.Coordinator).Then(Triggers.SignFor, actor: sample.LeadOffice);
        for (var i = 0; i < progressReports; i++)
        {
            sample.Then(Triggers.ReportProgress, new CasePayload { Note = $"第{i + 1}次进展：正在整改" }, sample.LeadOffice);
        }

        return sample
            .Then(Triggers.Complete, new CasePayload { Result = "违建已拆除" }, sample.LeadOffice)
            .Then(Triggers.FeedBack, new CasePayload { Note = "已拆除，请确认" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" }, "reporter")
            .Then(Triggers.Rate, new CasePayload { Rating = "satisfied" }, "reporter");
    }

    /// <summary>The command for a trigger on this case, as a consumer would build it.</summary>
    public CaseCommand Command(string trigger, CasePayload? payload = null, string actor = "command-room") =>
        new() { Trigger = trigger, CaseId = State.Id, Actor = actor, Payload = payload ?? CasePayload.Empty };

    public SampleCase Then(string trigger, CasePayload? payload = null, string actor = "command-room")
    {
        _now = _now.AddMinutes(1);
        Record(CaseDecider.Decide(State, Command(trigger, payload, actor), _definition, _now), trigger);
        return this;
    }

    private void Record(Decision decision, string trigger)
    {
        if (!decision.IsAccepted)
        {
            throw new InvalidOperationException($"the sample case's {trigger} was refused: {decision.Rejection}");
        }

        foreach (var e in EventChain.Seal(decision.Events, _history.Count == 0 ? null : _history[^1].Hash))
        {
            State = CaseEvolver.Apply(_history.Count == 0 ? null : State, e, _definition);
            _history.Add(e);
        }
    }
}
