using System.Globalization;
using CaseFlow.Workflows.Conditions;

namespace CaseFlow.Workflows.Tests.Conditions;

/// <summary>Case facts written as <c>"coHandlers=2;jurisdiction=county"</c>: numbers become doubles, true/false become flags, anything else text.</summary>
internal sealed class DictionaryFacts : IFacts
{
    private readonly Dictionary<string, object> _values;

    private DictionaryFacts(Dictionary<string, object> values) => _values = values;

    /// <summary>Reads facts from <c>field=value</c> pairs separated by semicolons; an empty text means no facts are known.</summary>
    public static DictionaryFacts Parse(string text)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var value = pair[(equals + 1)..];
            values[pair[..equals]] = value switch
            {
                "true" => true,
                "false" => false,
                _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
                _ => value,
            };
        }

        return new DictionaryFacts(values);
    }

    /// <inheritdoc />
    public object? Read(string field) => _values.GetValueOrDefault(field);
}
