using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Category checks: unique ids, platform and office references, jurisdiction, and a normal and an urgent deadline for every category.</summary>
internal static class CategoryRules
{
    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        var organisation = definition.Organisation;
        var platforms = organisation.Platforms.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var offices = organisation.Offices.DistinctBy(o => o.Id, StringComparer.Ordinal).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var officeIds = offices.Keys.ToHashSet(StringComparer.Ordinal);
        errors.Ids(definition.Categories, c => c.Id, "$.categories", "category");
        if (definition.Categories.Count == 0)
        {
            errors.Add("$.categories", "declare at least one case category");
        }

        for (var i = 0; i < definition.Categories.Count; i++)
        {
            var category = definition.Categories[i];
            var path = $"$.categories[{i}]";
            errors.Reference(category.Platform, platforms, $"{path}.platform", "platform");
            errors.Reference(category.LeadOffice, officeIds, $"{path}.leadOffice", "office");
            if (offices.TryGetValue(category.LeadOffice, out var office) && platforms.Contains(category.Platform)
                && !office.Platforms.Contains(category.Platform))
            {
                errors.Add($"{path}.leadOffice", $"office '{office.Id}' does not work on platform '{category.Platform}'; it works on: {ErrorList.List(office.Platforms)}");
            }

            if (category.Jurisdiction is not (Jurisdictions.Township or Jurisdictions.County))
            {
                errors.Add($"{path}.jurisdiction", $"jurisdiction must be \"{Jurisdictions.Township}\" (乡域管辖) or \"{Jurisdictions.County}\" (county 12345); found \"{category.Jurisdiction}\"");
            }

            var normal = SpanRules.Check(category.Deadline, $"{path}.deadline", $"category '{category.Id}'", "deadline", errors);
            CheckUrgentDeadline(definition, category, path, normal, errors);
        }
    }

    /// <summary>Supervised urgent cases need their own deadline, no longer than the normal one.</summary>
    private static void CheckUrgentDeadline(TownshipDefinition definition, Category category, string path, bool normalIsValid, ErrorList errors)
    {
        if (category.UrgentDeadline is null && definition.Supervision is null)
        {
            return;
        }

        var what = $"category '{category.Id}'";
        if (category.UrgentDeadline is null)
        {
            errors.Add($"{path}.urgentDeadline", $"{what} has no urgentDeadline, which supervision needs for urgent cases; give one in working hours, e.g. {{\"workingHours\": 4}}");
            return;
        }

        if (!SpanRules.Check(category.UrgentDeadline, $"{path}.urgentDeadline", what, "urgentDeadline", errors) || !normalIsValid
            || CalendarRules.DayLength(definition.Calendar) is not { } day)
        {
            return;
        }

        if (SpanRules.Nominal(category.UrgentDeadline, day) > SpanRules.Nominal(category.Deadline!, day))
        {
            errors.Add($"{path}.urgentDeadline", $"{what}: an urgent case gets {category.UrgentDeadline.Describe()}, longer than a normal one ({category.Deadline!.Describe()}); an urgent deadline must not be the longer");
        }
    }
}
