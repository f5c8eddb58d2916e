using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;
using Json.Schema;

namespace CaseFlow.Workflows.Loading;

/// <summary>Reads workflows.json: checks it against its JSON Schema, deserialises it and validates its meaning, reporting every error.</summary>
public static class DefinitionLoader
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>Options used for every definition read and write.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,

        // A null where a list or record belongs is refused while reading, so validation never meets a null it did not expect.
        RespectNullableAnnotations = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON Schema for workflows.json as text (the same file editors use).</summary>
    public static string SchemaText { get; } = ReadSchemaText();

    /// <summary>Loads a definition from a file.</summary>
    public static DefinitionLoadResult LoadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Loads a definition from its JSON text.</summary>
    public static DefinitionLoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var hash = ContentHash(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return new DefinitionLoadResult
            {
                ContentHash = hash,
                Errors = [new DefinitionError($"$ (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", $"the file is not valid JSON: {e.Message}")],
            };
        }

        using (document)
        {
            if (UnreadableText.Find(document.RootElement).ToList() is { Count: > 0 } unreadable)
            {
                return new DefinitionLoadResult { ContentHash = hash, Errors = unreadable };
            }

            var errors = new List<DefinitionError>(SchemaErrors(document.RootElement));
            TownshipDefinition? definition = null;
            try
            {
                definition = document.RootElement.Deserialize<TownshipDefinition>(JsonOptions);
            }
            catch (JsonException e)
            {
                if (errors.Count == 0)
                {
                    errors.Add(new DefinitionError(e.Path ?? "$", $"cannot be read: {e.Message}"));
                }
            }

            // The rules read the definition as typed: a null where the schema asks for an item (reported by the schema, at its path)
            // would reach them as a null name or id. They are checked once the document has none.
            if (definition is not null && !(errors.Count > 0 && HoldsNullItems(document.RootElement)))
            {
                errors.AddRange(DefinitionValidator.Validate(definition));
            }

            return new DefinitionLoadResult { Definition = definition, Errors = errors, ContentHash = hash };
        }
    }

    /// <summary>True when some array in the document holds a null.</summary>
    private static bool HoldsNullItems(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Null || HoldsNullItems(item)),
        JsonValueKind.Object => element.EnumerateObject().Any(property => HoldsNullItems(property.Value)),
        _ => false,
    };

    /// <summary>SHA-256 of definition text (UTF-8, lower-case hex): the content address a version is stored under.</summary>
    public static string ContentHash(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static IEnumerable<DefinitionError> SchemaErrors(JsonElement root)
    {
        // The schema's evaluator reads array items as decimals (uniqueItems) and throws on a number no decimal holds, such as 1e400:
        // that number is the document's fault, reported where it stands.
        var unreadable = Unreadable(root, "$").ToList();
        if (unreadable.Count > 0)
        {
            return unreadable;
        }

        var result = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Failures(result).Where(e => seen.Add(e.ToString()));
    }

    private static IEnumerable<DefinitionError> Unreadable(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Unreadable(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => Unreadable(item, $"{path}[{i}]")),
        JsonValueKind.Number when !element.TryGetDecimal(out _) => [new DefinitionError(path, $"{element.GetRawText()} is not a number a definition can hold; write a smaller one")],
        _ => [],
    };

    // Walks only what made the evaluation fail: a node that passed, or the losing arms of a oneOf that held, carry errors that are not the document's.
    private static IEnumerable<DefinitionError> Failures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        var path = ToJsonPath(node.InstanceLocation.ToString());
        foreach (var (keyword, message) in node.Errors ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            yield return new DefinitionError(path, $"{message} (schema rule '{keyword}' at {node.EvaluationPath})");
        }

        var children = node.Details ?? [];
        var arms = children.Where(c => c.EvaluationPath.ToString().StartsWith($"{node.EvaluationPath}/oneOf/", StringComparison.Ordinal)).ToList();
        var matched = arms.Count(a => a.IsValid);
        if (matched > 1)
        {
            yield return new DefinitionError(path, $"matches {matched} alternatives where exactly one is allowed (schema rule 'oneOf' at {node.EvaluationPath})");
        }

        foreach (var failure in children.Where(c => matched != 1 || !arms.Contains(c)).SelectMany(Failures))
        {
            yield return failure;
        }
    }

    /// <summary>Turns a JSON Pointer (<c>/workflows/2/to</c>) into a JSON path (<c>$.workflows[2].to</c>).</summary>
    internal static string ToJsonPath(string pointer)
    {
        var builder = new StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            builder.Append(int.TryParse(name, out var index) ? $"[{index}]" : $".{name}");
        }

        return builder.ToString();
    }

    private static string ReadSchemaText()
    {
        using var stream = typeof(DefinitionLoader).Assembly.GetManifestResourceStream("CaseFlow.Workflows.workflows.schema.json")
            ?? throw new InvalidOperationException("The workflows.json schema is not embedded in CaseFlow.Workflows.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A registry of its own: the process-wide one refuses a second schema with the same $id (an editor tool or a test may build this schema too).
    private static JsonSchema LoadSchema() => JsonSchema.FromText(SchemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
