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
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
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

            if (definition is not null)
            {
                errors.AddRange(DefinitionValidator.Validate(definition));
            }

            return new DefinitionLoadResult { Definition = definition, Errors = errors, ContentHash = hash };
        }
    }

    private static IEnumerable<DefinitionError> SchemaErrors(JsonElement root)
    {
        var result = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in result.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            foreach (var (keyword, message) in detail.Errors)
            {
                var error = new DefinitionError(ToJsonPath(detail.InstanceLocation.ToString()), $"{message} (schema rule '{keyword}' at {detail.EvaluationPath})");
                if (seen.Add(error.ToString()))
                {
                    yield return error;
                }
            }
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

    private static JsonSchema LoadSchema() => JsonSchema.FromText(SchemaText);
}
