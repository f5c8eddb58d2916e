using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Tests.Audit;

/// <summary>
/// Random but legal case walks: from a submission, repeatedly pick one of the triggers the case permits, give it valid data,
/// and record the event through the same decide/seal/apply path the service uses. Deterministic for a seed.
/// </summary>
internal static class RandomWalks
{
    private static readonly string[] Ratings = ["satisfied", "basicallySatisfied", "dissatisfied"];

    public static (IReadOnlyList<CaseEvent> History, CaseState State) Walk(int seed, int maxSteps, CompiledDefinition definition)
    {
        var random = new Random(seed);
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(random.Next(100_000));
        var categories = definition.Definition.Categories;
        var category = categories[random.Next(categories.Count)];
        var submit = new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = new Guid(seed, 0, 0, new byte[8]),
            Actor = Pick(random, "command-room", "grid-member-1", "service-hotline"),
            Payload = new CasePayload
            {
                ClientKey = $"walk-{seed}",
                Category = category.Id,
                Description = "随机案件",
                Channel = "hotline",
                Priority = Pick(random, "normal", "urgent"),
                Reporter = new Reporter("随机", "13800000000", null),
            },
        };
        var history = new List<CaseEvent>(EventChain.Seal(CaseDecider.Submit(submit, definition, 1, at).Events, null));
        var state = CaseEvolver.Apply(null, history[0], definition);
        for (var step = 0; step < maxSteps && !state.IsFinal; step++)
        {
            var permitted = CaseDecider.PermittedTriggers(state, definition);
            if (permitted.Count == 0)
            {
                break;
            }

            at = at.AddMinutes(random.Next(1, 600));
            // Ending a case early (invalid, duplicate) is legal but rare, so walks mostly travel the whole loop.
            var onward = permitted.Where(t => t is not ("MarkInvalid" or "MarkDuplicate")).ToList();
            var trigger = onward.Count > 0 && random.Next(10) > 0 ? onward[random.Next(onward.Count)] : permitted[random.Next(permitted.Count)];
            var command = new CaseCommand { Trigger = trigger, CaseId = state.Id, Actor = ActorFor(trigger, state, definition, random), Payload = PayloadFor(trigger, state, definition, random, at) };
            if (command.Actor == Positions.TimerPump)
            {
                // A supervision step is the timer pump's: it fires the case's planned timer once that is due.
                if (SupervisionSchedule.Plan(state, definition).FirstOrDefault(t => SupervisionTimers.TriggerOf(t.Kind, definition) == trigger) is not { } timer)
                {
                    continue;
                }

                at = at > timer.DueAt ? at : timer.DueAt;
                command = command with { Payload = new CasePayload { Timer = timer.Kind, DueAt = timer.DueAt } };
            }

            var decision = CaseDecider.Decide(state, command, definition, at);
            if (!decision.IsAccepted)
            {
                continue;
            }

            var sealedEvents = EventChain.Seal(decision.Events, state.LastHash);
            history.AddRange(sealedEvents);
            state = sealedEvents.Aggregate(state, (s, e) => CaseEvolver.Apply(s, e, definition));
        }

        if (state.Position == "assess.Closed")
        {
            // The callback survey (回访) follows the closing, reached or not.
            at = at.AddMinutes(random.Next(1, 600));
            var callback = new CaseCommand { Trigger = Triggers.RecordCallback, CaseId = state.Id, Actor = "command-room", Payload = new CasePayload { CalledAt = at, Reached = random.Next(2) == 0 } };
            var sealedEvents = EventChain.Seal(CaseDecider.Decide(state, callback, definition, at).Events, state.LastHash);
            history.AddRange(sealedEvents);
            state = sealedEvents.Aggregate(state, (s, e) => CaseEvolver.Apply(s, e, definition));
        }

        return (history, state);
    }

    /// <summary>Someone the definition lets send the trigger now: a pending co-handler reports its own part.</summary>
    private static string ActorFor(string trigger, CaseState state, CompiledDefinition definition, Random random)
    {
        if (trigger == "ReportCoHandling" && state.CoHandlers.FirstOrDefault(c => !c.Reported) is { } pending)
        {
            return pending.Office;
        }

        var who = Permissions.WhoMay(state, trigger, definition);
        return who.Count == 0 ? "command-room" : who[random.Next(who.Count)];
    }

    private static CasePayload PayloadFor(string trigger, CaseState state, CompiledDefinition definition, Random random, DateTimeOffset at)
    {
        var offices = definition.Definition.Organisation.Offices;
        return trigger switch
        {
            "MarkInvalid" or "Return" or "EscalateToCounty" or "CountySendBack" => new CasePayload { Reason = "随机原因" },
            "MarkDuplicate" => new CasePayload { DuplicateOf = Guid.NewGuid() },
            "Triage" => new CasePayload { Jurisdiction = random.Next(4) == 0 ? Pick(random, "township", "county") : null },
            "Dispatch" => new CasePayload { Platform = random.Next(3) == 0 ? definition.Definition.Organisation.Platforms[random.Next(4)].Id : null },
            "Assign" => Assignment(offices, random),
            "ReportCoHandling" => new CasePayload { Office = state.CoHandlers.FirstOrDefault(c => !c.Reported)?.Office ?? "none", Note = "协办完成" },
            "Complete" or "CountyResolve" => new CasePayload { Result = "已办结" },
            "RequestExtension" => new CasePayload { WorkingDays = random.Next(1, 6), Reason = "需要更多时间" },
            "DecideExtension" => new CasePayload { Approved = random.Next(2) == 0 },
            "FeedBack" => new CasePayload { Note = "已反馈" },
            "RecordFeedback" => new CasePayload { Feedback = Pick(random, "confirmed", "disputed") },
            "Rate" => new CasePayload { Rating = Ratings[random.Next(Ratings.Length)] },
            "CountyAccept" => new CasePayload { CountyCaseNumber = $"YH{random.Next(100000)}", Deadline = at.AddDays(10) },
            "CountyAssign" => new CasePayload { Department = Pick(random, "县医保局", "县交通局") },
            _ => new CasePayload { Note = random.Next(2) == 0 ? "备注" : null },
        };
    }

    private static CasePayload Assignment(IReadOnlyList<Workflows.Model.Office> offices, Random random)
    {
        string? lead = random.Next(2) == 0 ? offices[random.Next(offices.Count)].Id : null;
        var coHandlers = Enumerable.Range(0, random.Next(3)).Select(_ => offices[random.Next(offices.Count)].Id)
            .Where(o => o != lead).Distinct().ToList();
        return new CasePayload { LeadOffice = lead, CoHandlers = coHandlers };
    }

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];
}
