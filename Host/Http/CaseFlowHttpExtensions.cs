using System.Text.Json.Serialization;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Open311;
using CaseFlow.Host.Workbench;

namespace CaseFlow.Host.Http;

/// <summary>Wires the HTTP API.</summary>
public static class CaseFlowHttpExtensions
{
    private static readonly string[] Endpoints =
    [
        "POST /auth/token {userName, password} (no token needed; every other endpoint wants 'Authorization: Bearer <accessToken>')",
        "POST /cases", "GET /cases?workflow=…&state=…&platform=…&office=…&supervision=…&overdue=true|false&countyStatus=…&village=…&grid=…&from=…&to=…&final=true|false&limit=…&cursor=… (filtered and paged: the next page is in the Link header)", "GET /cases/{id}", "POST /cases/{id}/commands/{command}", "POST /attachments (a photo or document, staged for a command's attachments)", "GET /cases/{id}/attachments/{attachmentId}", "GET /workflows", "GET /workflows/{id}/diagram?format=mermaid|dot",
        "GET /audit/cases/{id}/replay", "GET /audit/cases/{id}/as-of?at=…", "GET /audit/verify", "GET /audit/export?caseId=…|from=…&to=…&format=json|csv&limit=…&cursor=… (paged)",
        "GET /audit/disclosures?from=…&to=…&limit=…&cursor=… (auditor; paged)", "GET /cases/{id}/diagram?format=mermaid|dot",
        "GET|POST /admin/definitions/… (administrator)", "POST /admin/migrations/plan|apply (administrator)",
        "GET /assessment/indicators?from=…&to=…&by=…&format=json|csv", "GET /assessment/territorial?year=…&format=json|csv",
        "GET /briefs/weekly?platform=…&week=…&format=md|html|csv", "GET /briefs/monthly?month=…&format=md|html|csv",
        "GET /reporter/{id}?code=… (the reporter's link)",
        "GET /open311/discovery.json|xml", "GET /open311/v2/services.json|xml", "GET /open311/v2/services/{service_code}.json|xml", "POST /open311/v2/requests.json|xml (Open311 GeoReport v2; api_key or bearer token)", "GET /open311/v2/requests.json|xml?service_request_id=…&service_code=…&start_date=…&end_date=…&status=…", "GET /open311/v2/requests/{id}.json|xml", "GET /workbench (the web console for people: sign in at /workbench/sign-in)", "POST /reporter/{id}/commands/{command} (X-Reporter-Code)",
        $"GET {CaseFlowOpenApiExtensions.DocumentPath} (the OpenAPI document, no token needed)", $"GET {CaseFlowOpenApiExtensions.ReferencePath} (the API reference to browse, no token needed)",
    ];

    /// <summary>Adds problem details and the API's JSON settings.</summary>
    public static IServiceCollection AddCaseFlowHttp(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // Binding failures are thrown in every environment (not only in Development) so that one handler answers them with a problem.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        return services;
    }

    /// <summary>
    /// Maps the case, workflow, audit and assessment endpoints (each behind the authorization policies), and turns unhandled errors and
    /// bare status codes (no route, wrong method) into problem responses, whatever the request's Accept header asks for.
    /// </summary>
    public static WebApplication MapCaseFlowApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => WorkbenchCookie.Serves(context.HttpContext)
            ? StatusPage.WriteAsync(context.HttpContext)
            : Problems.ForStatus(context.HttpContext).ExecuteAsync(context.HttpContext));
        app.UseCaseFlowBodyLimits();

        // Before authentication (mapped after this): an Open311 api_key is read as the caller's bearer token.
        app.UseOpen311ApiKey();
        app.MapGet("/", () => Results.Ok(new ServiceIndex("CaseFlow", Endpoints))).AllowAnonymous()
            .WithTags("Service")
            .WithName("GetServiceIndex")
            .WithSummary("The service's index")
            .WithDescription($"The endpoints in words, for people exploring with curl; the OpenAPI document ({CaseFlowOpenApiExtensions.DocumentPath}) describes them for tools.")
            .Produces<ServiceIndex>();
        CaseEndpoints.Map(app);
        AuditEndpoints.Map(app);
        CaseDiagramEndpoints.Map(app);
        WorkflowEndpoints.Map(app);
        AssessmentEndpoints.Map(app);
        ReporterEndpoints.Map(app);
        AttachmentEndpoints.Map(app);
        Open311Endpoints.Map(app);
        return app;
    }
}
