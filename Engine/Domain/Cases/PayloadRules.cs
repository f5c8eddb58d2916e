using CaseFlow.Engine.Routing;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases;

/// <summary>Checks the data each trigger needs and fills in routing defaults, so that an event always records complete data.</summary>
internal static class PayloadRules
{
    public static (CasePayload Payload, List<FieldProblem> Problems) Check(CaseState state, CaseCommand command, CompiledDefinition definition)
    {
        var problems = new List<FieldProblem>();
        var payload = command.Payload;
        switch (command.Trigger)
        {
            case Triggers.Triage when payload.Jurisdiction is { } j && j is not (Jurisdictions.Township or Jurisdictions.County):
                problems.Add(new("jurisdiction", $"'{j}' is not a jurisdiction; use \"township\" or \"county\", or omit it to follow the category"));
                break;
            case Triggers.MarkInvalid or Triggers.Return or Triggers.EscalateToCounty:
                Require(problems, "reason", payload.Reason, "say why");
                break;
            case Triggers.CountyAccept:
                Require(problems, "countyCaseNumber", payload.CountyCaseNumber, "the county's case number for it");
                if (payload.Deadline is null)
                {
                    problems.Add(new("deadline", "deadline is required: when the county undertakes to resolve the case"));
                }

                break;
            case Triggers.CountyAssign:
                Require(problems, "department", payload.Department, "the county department now handling the case");
                break;
            case Triggers.CountySendBack:
                Require(problems, "reason", payload.Reason, "say why the case is within the township's remit");
                break;
            case Triggers.MarkDuplicate when payload.DuplicateOf is null || payload.DuplicateOf == Guid.Empty || payload.DuplicateOf == state.Id:
                problems.Add(new("duplicateOf", "duplicateOf is required: the id of the earlier case this one repeats"));
                break;
            case Triggers.Dispatch:
                payload = payload with { Platform = payload.Platform ?? definition.Category(state.Category)?.Platform };
                if (definition.Platform(payload.Platform ?? "") is null)
                {
                    problems.Add(new("platform", $"unknown platform '{payload.Platform}'; platforms are: {Vocabulary.List(definition.Definition.Organisation.Platforms.Select(p => p.Id))}"));
                }

                break;
            case Triggers.Assign:
                return CheckAssign(state, payload, definition);
            case Triggers.ReportCoHandling:
                // A co-handler reports its own part: the office is the one the report is sent in.
                payload = payload with { Office = payload.Office ?? command.Actor };
                if (payload.Office != command.Actor)
                {
                    problems.Add(new("office", $"a co-handling office reports its own part: office must be '{command.Actor}' (the position the report is sent in) or omitted, not '{payload.Office}'"));
                }
                else if (payload.Office is { } office && !state.CoHandlers.Any(c => c.Office == office && !c.Reported))
                {
                    var pending = state.CoHandlers.Where(c => !c.Reported).Select(c => c.Office).ToList();
                    problems.Add(new("office", $"'{office}' is not a co-handler still to report; still to report: {(pending.Count == 0 ? "none" : Vocabulary.List(pending))}"));
                }

                break;
            case Triggers.Complete or Triggers.CountyResolve:
                Require(problems, "result", payload.Result, "give the handling result");
                break;
            case Triggers.RequestExtension:
                Require(problems, "reason", payload.Reason, "say why more time is needed");
                if (payload.WorkingDays is not > 0)
                {
                    problems.Add(new("workingDays", "ask for a positive number of working days"));
                }

                break;
            case Triggers.DecideExtension when payload.Approved is null:
                problems.Add(new("approved", "say whether the extension is approved (true) or refused (false)"));
                break;
            case Triggers.FeedBack:
                Require(problems, "message", payload.Note, "give the message for the reporter");
                break;
            case Triggers.RecordFeedback when payload.Feedback is null || !Vocabulary.FeedbackOutcomes.Contains(payload.Feedback):
                problems.Add(new("outcome", $"'{payload.Feedback}' is not a feedback outcome; use one of: {Vocabulary.List(Vocabulary.FeedbackOutcomes)}"));
                break;
            case Triggers.RecordCallback:
                Assessment.CallbackRules.CheckPayload(payload, problems);
                break;
            case Triggers.Rate when payload.Rating is null || !Vocabulary.Ratings.Contains(payload.Rating):
                problems.Add(new("rating", $"'{payload.Rating}' is not a rating; use one of: {Vocabulary.List(Vocabulary.Ratings)}"));
                break;
        }

        return (payload, problems);
    }

    private static (CasePayload, List<FieldProblem>) CheckAssign(CaseState state, CasePayload payload, CompiledDefinition definition)
    {
        var problems = new List<FieldProblem>();
        var platform = state.Platform ?? definition.Category(state.Category)!.Platform;
        var lead = payload.LeadOffice ?? Router.DefaultLeadOffice(definition, state.Category, platform);
        if (payload.CoHandlers?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems.Add(new("coHandlers", "every co-handler must be an office id; a null or blank item names no office"));
            return (payload, problems);
        }

        var coHandlers = payload.CoHandlers ?? [];
        var known = definition.Definition.Organisation.Offices.Select(o => o.Id).ToList();
        if (definition.Office(lead) is null)
        {
            problems.Add(new("leadOffice", $"unknown office '{lead}'; offices are: {Vocabulary.List(known)}"));
        }
        else if (!Router.WorksOn(definition, lead, platform))
        {
            problems.Add(new("leadOffice", $"'{lead}' does not work on platform '{platform}', to which the case is dispatched; its lead office must be one of: {Vocabulary.List(Router.OfficesOf(definition, platform))} (co-handlers may come from any platform)"));
        }

        foreach (var office in coHandlers.Where(o => definition.Office(o) is null))
        {
            problems.Add(new("coHandlers", $"unknown office '{office}'; offices are: {Vocabulary.List(known)}"));
        }

        if (coHandlers.Contains(lead))
        {
            problems.Add(new("coHandlers", $"'{lead}' is the lead office (主办) and cannot also co-handle (协办)"));
        }

        if (coHandlers.Distinct(StringComparer.Ordinal).Count() != coHandlers.Count)
        {
            problems.Add(new("coHandlers", "a co-handler is named twice"));
        }

        return (payload with { LeadOffice = lead, CoHandlers = coHandlers }, problems);
    }

    private static void Require(List<FieldProblem> problems, string field, string? value, string hint)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"{field} is required: {hint}"));
        }
    }
}
