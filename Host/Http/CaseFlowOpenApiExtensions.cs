using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace CaseFlow.Host.Http;

/// <summary>
/// Wires the API's OpenAPI document (<see cref="DocumentPath"/>) and its browsable reference (<see cref="ReferencePath"/>). Both are
/// open to anonymous callers in every environment: the document describes the API's shape and holds no setting, account or secret,
/// and an integrator needs it before an administrator has made them an account. The reference page loads nothing from another
/// origin (the service runs where there is no internet): its script is the one embedded in Scalar.AspNetCore, served from here.
/// </summary>
public static class CaseFlowOpenApiExtensions
{
    /// <summary>The document's name, as in its path.</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the OpenAPI document is served.</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

    /// <summary>Where the browsable API reference is served.</summary>
    public const string ReferencePath = "/docs/api";

    /// <summary>Adds the OpenAPI document: its description, security schemes, and the problems every operation may answer.</summary>
    public static IServiceCollection AddCaseFlowOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            o.AddDocumentTransformer<Health.HealthOpenApi>();
            o.AddDocumentTransformer<OpenApiDocumentDescription>();
            o.AddOperationTransformer<OpenApiCommonResponses>();
            o.AddSchemaTransformer<OpenApiOmittedNulls>();
            o.AddDocumentTransformer<OpenApiOmittedNulls>();
        });

    /// <summary>Maps the document and the reference page, to anonymous callers.</summary>
    public static WebApplication MapCaseFlowOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPath).AllowAnonymous().AddEndpointFilter(NoQuery);
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("CaseFlow API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .AddPreferredSecuritySchemes(OpenApiDocumentDescription.Bearer))
            .AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The document's path takes no query: the path names the one document there is, and the name the package would otherwise read
    /// from <c>documentName=</c> is answered, when it is not v1, with a bare text 404 that repeats it.
    /// </summary>
    private static ValueTask<object?> NoQuery(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.Query.Count > 0
            ? ValueTask.FromResult<object?>(Problems.BadRequest($"{DocumentPath} takes no query: it is the one OpenAPI document of this service"))
            : next(context);
}
