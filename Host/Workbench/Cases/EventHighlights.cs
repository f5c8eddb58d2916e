using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>
/// What a timeline entry shows of an event's data: the reason, note, result, routing, ratings and other values a person acting on
/// the case needs to read, each under the name of the payload property it comes from (the page's texts name it). Personal data is
/// never among them (the facts show the reporter, masked).
/// </summary>
public static class EventHighlights
{
    /// <summary>A highlight: the payload property, its value as a person reads it.</summary>
    public sealed record Highlight(string Field, string Value);

    /// <summary>The event's highlights, in a fixed order.</summary>
    public static IReadOnlyList<Highlight> Of(CaseEvent e, Names names, Func<string, string> word, CaseClock clock)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(clock);
        var p = e.Payload;
        var list = new List<Highlight>();
        void Add(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                list.Add(new Highlight(field, value));
            }
        }

        if (e.Trigger == Triggers.Submit)
        {
            Add("category", names.Category(p.Category));
            Add("channel", p.Channel is null ? null : word(p.Channel));
        }

        Add("jurisdiction", e.Trigger == Triggers.Submit || p.Jurisdiction is null ? null : word(p.Jurisdiction));
        Add("platform", e.Trigger == Triggers.Submit ? null : p.Platform is null ? null : names.Platform(p.Platform));
        Add("leadOffice", p.LeadOffice is null ? null : names.Office(p.LeadOffice));
        Add("coHandlers", p.CoHandlers is { Count: > 0 } co ? string.Join("、", co.Select(names.Office)) : null);
        Add("office", p.Office is null ? null : names.Office(p.Office));
        Add("reason", p.Reason);
        Add("result", p.Result);
        Add("feedback", p.Feedback is null ? null : word(p.Feedback));
        Add("rating", p.Rating is null ? null : word(p.Rating));
        Add("approved", p.Approved is { } approved ? word(approved ? "true" : "false") : null);
        Add("workingDays", p.WorkingDays?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("calledAt", p.CalledAt is { } called ? clock.Show(called) : null);
        Add("statedCalledAt", p.StatedCalledAt is { } stated ? clock.Show(stated) : null);
        Add("reached", p.Reached is { } reached ? word(reached ? "true" : "false") : null);
        Add("duplicateOf", p.DuplicateOf?.ToString());
        Add("countyCaseNumber", p.CountyCaseNumber);
        Add("department", p.Department);
        Add(e.Trigger == Triggers.FeedBack ? "message" : "note", p.Note);
        Add("timer", p.Timer is null ? null : word(p.Timer));
        return list;
    }
}
