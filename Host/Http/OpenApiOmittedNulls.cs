using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Http;

/// <summary>
/// Two things the schemas must say as the API behaves rather than as its JSON settings allow: a property that may be null is not
/// required (the API leaves nulls out of what it writes, WhenWritingNull, though a record's constructor takes every property), and a
/// number is a number (the API writes numbers as numbers; that the web defaults would also read "12" is no part of the contract,
/// and a union of integer and string gives client generators a type they cannot name).
/// </summary>
internal sealed class OpenApiOmittedNulls : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
            {
                foreach (var name in properties.Where(p => MayBeNull(p.Value)).Select(p => p.Key))
                {
                    required.Remove(name);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true
        || (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Any(s => s.Type == JsonSchemaType.Null);
}
