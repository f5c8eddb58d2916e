using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Http;

/// <summary>
/// What every operation may meet before or around its handler, read from the endpoint's metadata rather than repeated on each map
/// call: who it needs (the bearer scheme and 401, the role and 403, or the reporter's code), the rate limit (429) and body limit (413)
/// every request passes, the 400 for values that cannot be bound, and the query parameters and body an endpoint reads itself (<see cref="AcceptedQuery"/>,
/// <see cref="AcceptedBody"/>).
/// </summary>
internal sealed class OpenApiCommonResponses : IOpenApiOperationTransformer
{
    private const string Problem = "application/problem+json";
    private const string Json = "application/json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) != true)
        {
            document.AddComponent(nameof(ProblemDetails), await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken));
        }

        operation.Responses ??= [];
        await AddAlternativesAsync(operation, context, metadata, cancellationToken);
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var roles = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Select(Role).OfType<string>().Distinct().ToList();
        if (metadata.OfType<AcceptedQuery>().FirstOrDefault() is { } accepted)
        {
            operation.Parameters ??= [];
            foreach (var name in accepted.Names.Where(n => operation.Parameters.All(p => p.Name != n)))
            {
                operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            }
        }

        if (context.Description.RelativePath?.StartsWith("reporter/", StringComparison.Ordinal) == true)
        {
            Require(operation, document, OpenApiDocumentDescription.ReporterCode);
        }
        else if (context.Description.RelativePath?.StartsWith("open311/", StringComparison.Ordinal) == true)
        {
            // Anonymous to routing, authorized by its handler: its 401 and 403 are described with it, in the Open311 error format.
            Require(operation, document, OpenApiDocumentDescription.Bearer);
        }
        else if (!anonymous)
        {
            Require(operation, document, OpenApiDocumentDescription.Bearer);
            Add(operation, document, StatusCodes.Status401Unauthorized, "Sign-in required: no bearer token, or one that was refused (expired, not signed by the service or the provider, its account disabled).");
        }

        if (roles.Count > 0)
        {
            Add(operation, document, StatusCodes.Status403Forbidden, $"Role required: the caller does not hold the {string.Join(" or ", roles)} role.");
        }

        if (operation.Parameters is { Count: > 0 })
        {
            Add(operation, document, StatusCodes.Status400BadRequest, "A route or query value cannot be read as the operation takes it (a number, true or false, a GUID), or is given twice.");
        }

        if (metadata.OfType<AcceptedBody>().FirstOrDefault() is { } acceptedBody)
        {
            var name = acceptedBody.Type.Name;
            if (document.Components?.Schemas?.ContainsKey(name) != true)
            {
                document.AddComponent(name, await context.GetOrCreateSchemaAsync(acceptedBody.Type, cancellationToken: cancellationToken));
            }

            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { [Json] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(name, document) } },
            };
        }

        if (operation.RequestBody is OpenApiRequestBody body && metadata.OfType<DefinitionSizedBody>().Any())
        {
            body.Description = "The draft as it would be published: a whole workflows.json for /admin/definitions (its shape is workflows.schema.json), "
                + "a definition's calendar section for /admin/calendar; up to CaseFlow:Limits:DefinitionBody bytes.";
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, document, StatusCodes.Status413PayloadTooLarge, "The body is larger than CaseFlow:Limits allows (RequestBody, or DefinitionBody for a definition or calendar).");
        }

        Add(operation, document, StatusCodes.Status429TooManyRequests, "The caller made more requests than CaseFlow:RateLimit allows in its window; the Retry-After header says when to try again.");
        var sorted = new OpenApiResponses();
        foreach (var (status, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            sorted[status] = response;
        }

        operation.Responses = sorted;
    }

    /// <summary>
    /// Keeps every representation an endpoint declares for a status: API descriptions keep one declaration per status, so an endpoint
    /// answering JSON or CSV (format=csv) declares the CSV first, and the JSON, declared last, is the one they keep.
    /// </summary>
    private static async Task AddAlternativesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata, CancellationToken cancellationToken)
    {
        foreach (var produced in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.Type is not null && p.Type != typeof(void)))
        {
            var key = produced.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses!.GetValueOrDefault(key) is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var type in produced.ContentTypes.Where(t => !response.Content.ContainsKey(t)))
            {
                response.Content[type] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(produced.Type!, cancellationToken: cancellationToken) };
            }
        }
    }

    /// <summary>The role a policy needs, or null when it needs none.</summary>
    private static string? Role(string? policy) => policy switch
    {
        CaseFlowPolicies.Administrator => "administrator",
        CaseFlowPolicies.Auditor => "auditor",
        _ => null,
    };

    private static void Require(OpenApiOperation operation, OpenApiDocument document, string scheme)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] });
    }

    /// <summary>Adds a problem response for a status the operation does not describe yet.</summary>
    private static void Add(OpenApiOperation operation, OpenApiDocument document, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [Problem] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), document) },
            },
        };
    }
}
