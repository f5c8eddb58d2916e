using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Checks on a span of working time (a deadline or an interval): present, and exactly one positive count of days or hours.</summary>
internal static class SpanRules
{
    /// <summary>Reports a missing span, or one that is not exactly one positive count; <paramref name="what"/> names its owner.</summary>
    public static bool Check(Deadline? span, string path, string what, string noun, ErrorList errors)
    {
        if (span is null)
        {
            errors.Add(path, $"{what} has no {noun}; give one, e.g. {{\"workingDays\": 5}} or {{\"workingHours\": 4}}");
            return false;
        }

        if (span.WorkingDays <= 0 == span.WorkingHours <= 0)
        {
            var found = span.WorkingDays > 0 ? $"both (workingDays {span.WorkingDays}, workingHours {span.WorkingHours})" : "neither";
            errors.Add(path, $"{what} needs exactly one positive {noun}, workingDays or workingHours; it has {found}");
            return false;
        }

        return true;
    }

    /// <summary>A valid span's nominal length, a working day counting as <paramref name="day"/>.</summary>
    public static TimeSpan Nominal(Deadline span, TimeSpan day) =>
        span.WorkingDays > 0 ? day * span.WorkingDays : TimeSpan.FromHours(span.WorkingHours);
}
