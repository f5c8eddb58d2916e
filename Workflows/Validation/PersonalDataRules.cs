namespace CaseFlow.Workflows.Validation;

/// <summary>Checks the fields a definition marks personal: each one a field CaseFlow can seal, named once.</summary>
internal static class PersonalDataRules
{
    public static void Check(IReadOnlyList<string> personalData, ErrorList errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < personalData.Count; i++)
        {
            var field = personalData[i];
            if (!Catalogue.PersonalFields.ContainsKey(field))
            {
                errors.Add($"$.personalData[{i}]", $"'{field}' is not a field that can hold personal data; use one of: {string.Join(", ", Catalogue.PersonalFields.Keys)}");
            }
            else if (!seen.Add(field))
            {
                errors.Add($"$.personalData[{i}]", $"'{field}' is listed twice");
            }
        }
    }
}
