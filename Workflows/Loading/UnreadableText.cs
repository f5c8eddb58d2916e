using System.Text.Json;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Loading;

/// <summary>
/// Strings JSON's grammar lets through but that are not text: an escaped lone surrogate (<c>"\uDC00"</c>) parses, and then throws
/// wherever the string is read. Found once, before anything reads the document, each is an error naming where it is.
/// </summary>
internal static class UnreadableText
{
    public static IEnumerable<DefinitionError> Find(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Readable(() => property.Name))
                    {
                        yield return Error($"{path} (a property name)");
                        continue;
                    }

                    foreach (var error in Find(property.Value, $"{path}.{property.Name}"))
                    {
                        yield return error;
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var error in Find(item, $"{path}[{i++}]"))
                    {
                        yield return error;
                    }
                }

                break;
            case JsonValueKind.String when !Readable(element.GetString):
                yield return Error(path);
                break;
        }
    }

    private static bool Readable(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static DefinitionError Error(string path) =>
        new(path, "holds an escaped lone surrogate (\\uD800–\\uDFFF without its pair), which is not text; write the character itself, or both halves of its pair");
}
