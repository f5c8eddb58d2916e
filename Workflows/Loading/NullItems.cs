using System.Text.Json;

namespace CaseFlow.Workflows.Loading;

/// <summary>Finds the <c>null</c>s a document holds where a list expects items, so that they are reported at their paths before any rule reads the list.</summary>
internal static class NullItems
{
    /// <summary>The JSON path of every null list item under <paramref name="element"/>, in document order.</summary>
    public static List<string> Paths(JsonElement element, string path = "$")
    {
        var found = new List<string>();
        Collect(element, path, found);
        return found;
    }

    private static void Collect(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        found.Add($"{path}[{i}]");
                    }
                    else
                    {
                        Collect(item, $"{path}[{i}]", found);
                    }

                    i++;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, $"{path}.{property.Name}", found);
                }

                break;
        }
    }
}
