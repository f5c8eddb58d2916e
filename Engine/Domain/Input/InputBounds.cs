using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Input;

/// <summary>
/// Bounds a command before anything else reads it: every text it carries within its length and character rule, its lists within
/// their counts, its dates within range (<see cref="InputLimits"/>). Every transport's commands pass here on their way to a case.
/// </summary>
public static class InputBounds
{
    /// <summary>Every field of the command that is too long, holds a refused character, lists too many items or names a date out of range.</summary>
    public static IReadOnlyList<FieldProblem> Check(CaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = new List<FieldProblem>();
        var p = command.Payload;
        Text(problems, "actor", command.Actor);
        Text(problems, "identity", command.Identity);
        Text(problems, "trigger", command.Trigger);
        Text(problems, "clientKey", p.ClientKey);
        Text(problems, "category", p.Category);
        Text(problems, "title", p.Title);
        Text(problems, "description", p.Description);
        Text(problems, "channel", p.Channel);
        Text(problems, "priority", p.Priority);
        Text(problems, "reporter.name", p.Reporter?.Name);
        Text(problems, "reporter.phone", p.Reporter?.Phone);
        Text(problems, "reporter.idNumber", p.Reporter?.IdNumber);
        Text(problems, "location", p.Location);
        Text(problems, "point.datum", p.Point?.Datum);
        Text(problems, "village", p.Village);
        Text(problems, "grid", p.Grid);
        Text(problems, "jurisdiction", p.Jurisdiction);
        Text(problems, "platform", p.Platform);
        Text(problems, "leadOffice", p.LeadOffice);
        Text(problems, "office", p.Office);
        Text(problems, "reason", p.Reason);

        // The same datum the payload calls a note is the message a FeedBack sends the reporter, and is named so.
        Text(problems, command.Trigger == Triggers.FeedBack ? "message" : "note", p.Note);
        Text(problems, "result", p.Result);
        Text(problems, "outcome", p.Feedback);
        Text(problems, "rating", p.Rating);
        Text(problems, "countyCaseNumber", p.CountyCaseNumber);
        Text(problems, "department", p.Department);
        Text(problems, "timer", p.Timer);
        CoHandlers(problems, p.CoHandlers);
        Attachments(problems, command.Attachments);
        Date(problems, "deadline", p.Deadline);
        Date(problems, "calledAt", p.CalledAt);
        return problems;
    }

    private static void CoHandlers(List<FieldProblem> problems, IReadOnlyList<string>? coHandlers)
    {
        if (coHandlers is null)
        {
            return;
        }

        if (coHandlers.Count > InputLimits.MaxCoHandlers)
        {
            problems.Add(new("coHandlers", $"coHandlers names {coHandlers.Count} offices; an assignment may name at most {InputLimits.MaxCoHandlers} co-handlers"));
            return;
        }

        var limit = InputLimits.Of("coHandlers");
        for (var i = 0; i < coHandlers.Count; i++)
        {
            if (InputText.Problem($"coHandlers[{i}]", coHandlers[i], limit) is { } problem)
            {
                problems.Add(new("coHandlers", problem));
            }
        }
    }

    private static void Attachments(List<FieldProblem> problems, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count > InputLimits.MaxAttachments)
        {
            problems.Add(new("attachments", $"attachments names {ids.Count} files; one command may record at most {InputLimits.MaxAttachments} (send the rest with a later step)"));
            return;
        }

        var limit = InputLimits.Of("attachments");
        for (var i = 0; i < ids.Count; i++)
        {
            if (InputText.Problem($"attachments[{i}]", ids[i], limit) is { } problem)
            {
                problems.Add(new("attachments", problem));
            }
        }
    }

    private static void Text(List<FieldProblem> problems, string field, string? value)
    {
        if (InputText.Problem(field, value) is { } problem)
        {
            problems.Add(new(field, problem));
        }
    }

    private static void Date(List<FieldProblem> problems, string field, DateTimeOffset? value)
    {
        if (value is { } date && InputLimits.DateProblem(field, date) is { } problem)
        {
            problems.Add(new(field, problem));
        }
    }
}
