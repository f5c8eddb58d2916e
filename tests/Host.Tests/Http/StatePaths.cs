using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// A history that reaches each state of a definition (and each supervision state beside handling), found by a breadth-first walk of
/// the pure decider from a submission: every step by someone the definition permits, with the data the step needs, supervision
/// steps fired as the timer pump fires them. Seeded into a store, it puts a case in any state without driving it there by hand.
/// </summary>
internal static class StatePaths
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The key of a case's place: its position, its supervision state when it is supervised, and whether co-handlers are still to
    /// report (what a co-handler may do depends on it).
    /// </summary>
    public static string Key(CaseState state) =>
        $"{state.Position}/{state.Supervision}{(state.PendingCoHandlers > 0 ? "/co-handled" : "")}";

    /// <summary>True when the key's place is the state a transition of the workflow starts from (for the workflow running beside handling, its supervision state).</summary>
    public static bool IsAt(string key, Workflows.Model.WorkflowDefinition workflow, string from)
    {
        var parts = key.Split('/');
        return workflow.RunsBeside is null ? parts[0] == $"{workflow.Id}.{from}" : parts[1] == from;
    }

    /// <summary>A sealed history for every place reachable from a submission in <paramref name="category"/>, by its <see cref="Key"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CaseEvent>> Build(CompiledDefinition definition, int version, DateTimeOffset start, string category = "neighbour-dispute")
    {
        var submit = new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.NewGuid(),
            Actor = definition.Definition.Organisation.CommandRoom.Id,
            Payload = new CasePayload
            {
                ClientKey = "state-path",
                Category = category,
                Title = "邻里纠纷",
                Description = "邻居占用通道，多次协商未果。",
                Channel = "hotline",
                Reporter = new Reporter("蓝女士", "13800000000", null),
                Grid = "grid-1",
                Village = "village-1",
            },
        };
        var first = EventChain.Seal(CaseDecider.Submit(submit, definition, version, start).Events, null);
        var paths = new Dictionary<string, IReadOnlyList<CaseEvent>>(StringComparer.Ordinal);
        var queue = new Queue<(IReadOnlyList<CaseEvent> History, CaseState State)>();
        var initial = CaseEvolver.Apply(null, first[0], definition);
        paths[Key(initial)] = first;
        queue.Enqueue((first, initial));
        while (queue.Count > 0)
        {
            var (history, state) = queue.Dequeue();
            foreach (var command in Next(state, definition))
            {
                var at = history[^1].At + Step;
                var payload = command.Payload;
                if (command.Actor == Positions.TimerPump)
                {
                    if (SupervisionSchedule.Plan(state, definition).FirstOrDefault(t => SupervisionTimers.TriggerOf(t.Kind, definition) == command.Trigger) is not { } timer)
                    {
                        continue;
                    }

                    at = at > timer.DueAt ? at : timer.DueAt;
                    payload = new CasePayload { Timer = timer.Kind, DueAt = timer.DueAt };
                }

                var decision = CaseDecider.Decide(state, command with { Payload = payload }, definition, at);
                if (!decision.IsAccepted)
                {
                    continue;
                }

                var events = EventChain.Seal(decision.Events, state.LastHash);
                var next = events.Aggregate(state, (s, e) => CaseEvolver.Apply(s, e, definition));
                if (paths.TryAdd(Key(next), [.. history, .. events]))
                {
                    queue.Enqueue((paths[Key(next)], next));
                }
            }
        }

        return paths;
    }

    /// <summary>Every command worth trying in a state, each by the first actor the definition permits, in each variant its guards tell apart.</summary>
    private static IEnumerable<CaseCommand> Next(CaseState state, CompiledDefinition definition)
    {
        foreach (var trigger in CaseDecider.PermittedTriggers(state, definition))
        {
            var who = Permissions.WhoMay(state, trigger, definition);
            // The command room records what the reporter says; the timer pump only where nobody else may.
            var actor = who.FirstOrDefault(a => a != Positions.Reporter && a != Positions.TimerPump) ?? (who.Count > 0 ? who[0] : "command-room");
            if (trigger == Triggers.ReportCoHandling)
            {
                actor = state.CoHandlers.FirstOrDefault(c => !c.Reported)?.Office ?? actor;
            }

            if (who.Count > 0 && who.All(a => a == Positions.TimerPump))
            {
                actor = Positions.TimerPump;
            }

            foreach (var payload in Variants(trigger, state, definition))
            {
                yield return new CaseCommand { Trigger = trigger, CaseId = state.Id, Actor = actor, Payload = payload };
            }
        }
    }

    private static IEnumerable<CasePayload> Variants(string trigger, CaseState state, CompiledDefinition definition)
    {
        switch (trigger)
        {
            case Triggers.Triage:
                yield return new CasePayload { Jurisdiction = "township" };
                yield return new CasePayload { Jurisdiction = "county" };
                break;
            case Triggers.Assign:
                var platform = definition.Platform(state.Platform!)!;
                yield return new CasePayload();
                yield return new CasePayload { CoHandlers = [platform.Forces.First(f => f != definition.Category(state.Category)!.LeadOffice)] };
                break;
            case Triggers.RecordFeedback:
                yield return new CasePayload { Feedback = "confirmed" };
                yield return new CasePayload { Feedback = "disputed", Note = "问题仍未解决" };
                break;
            case Triggers.DecideExtension:
                yield return new CasePayload { Approved = true };
                yield return new CasePayload { Approved = false, Reason = "本周内务必完成" };
                break;
            default:
                yield return Data(trigger, state);
                break;
        }
    }

    /// <summary>The data a step needs to be accepted.</summary>
    public static CasePayload Data(string trigger, CaseState state) => trigger switch
    {
        Triggers.MarkInvalid or Triggers.Return or Triggers.EscalateToCounty or Triggers.CountySendBack => new CasePayload { Reason = "核实后的原因" },
        Triggers.MarkDuplicate => new CasePayload { DuplicateOf = Guid.NewGuid() },
        Triggers.Complete or Triggers.CountyResolve => new CasePayload { Result = "已办结" },
        Triggers.RequestExtension => new CasePayload { WorkingDays = 2, Reason = "需协调多方" },
        Triggers.DecideExtension => new CasePayload { Approved = true },
        Triggers.FeedBack => new CasePayload { Note = "已办结，请确认" },
        Triggers.RecordFeedback => new CasePayload { Feedback = "confirmed" },
        Triggers.Rate => new CasePayload { Rating = "satisfied" },
        Triggers.RecordCallback => new CasePayload { CalledAt = state.ClosedAt, Reached = true, Rating = "satisfied" },
        Triggers.CountyAccept => new CasePayload { CountyCaseNumber = "YH2026-0001", Deadline = state.UpdatedAt.AddDays(10) },
        Triggers.CountyAssign => new CasePayload { Department = "县住建局" },
        Triggers.ReportCoHandling => new CasePayload { Note = "协办完成" },
        _ => new CasePayload { Note = "备注" },
    };
}
