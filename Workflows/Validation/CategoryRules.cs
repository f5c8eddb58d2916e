using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Category checks: unique ids, platform and office references, jurisdiction and a deadline for every category.</summary>
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

            if (category.Deadline is null)
            {
                errors.Add($"{path}.deadline", $"category '{category.Id}' has no deadline; give one, e.g. {{\"workingDays\": 5}} or {{\"workingHours\": 4}}");
            }
            else if (category.Deadline.WorkingDays <= 0 == category.Deadline.WorkingHours <= 0)
            {
                var found = category.Deadline.WorkingDays > 0 ? $"both (workingDays {category.Deadline.WorkingDays}, workingHours {category.Deadline.WorkingHours})" : "neither";
                errors.Add($"{path}.deadline", $"category '{category.Id}' needs exactly one positive deadline, workingDays or workingHours; it has {found}");
            }
        }
    }
}
