using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Workflows.Compilation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Open311;

/// <summary>
/// Open311 GeoReport v2 beside the native API, in JSON and XML (the path's <c>.json</c> or <c>.xml</c>): discovery, the services
/// (one per category) and their definitions, POST requests (a native submission), GET requests and GET requests/{id}. Every answer
/// and every refusal is in the specification's format, so the endpoints authorize their callers themselves, by the same rules as
/// the native API: reads by the read policy (<see cref="CaseFlowPolicies.Read"/>), a report by the position the caller's account
/// holds (<see cref="ActingPosition"/>) and the definition's <c>submittedBy</c>. The caller's token comes as Authorization: Bearer or
/// as <c>api_key</c> (<see cref="Open311ApiKey"/>).
/// </summary>
internal static class Open311Endpoints
{
    /// <summary>Where the Open311 surface lives.</summary>
    public const string Root = "/open311";

    /// <summary>The specification the endpoints follow, as discovery names it.</summary>
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>The header a caller names its own idempotency key in (the native clientKey).</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    private const string Json = "application/json";
    private const string Xml = "text/xml";

    public static void Map(IEndpointRouteBuilder routes)
    {
        // Anonymous to routing only: each handler authorizes its caller itself, so that a refusal is in the specification's format.
        var open311 = routes.MapGroup(Root).WithTags("Open311").AllowAnonymous();
        open311.MapGet("/discovery.{format}", DiscoveryAsync).WithMetadata(new AcceptedQuery([Open311ApiKey.Parameter]))
            .WithName("Open311Discovery")
            .WithSummary("Open311 service discovery")
            .WithDescription("Where the GeoReport v2 endpoint is and which formats it serves ({format}: json or xml). Read like GET /workflows (signed in, unless anonymous reads are on).")
            .Produces<Open311Discovery>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest);
        var v2 = open311.MapGroup("/v2");
        v2.MapGet("/services.{format}", ServicesAsync).WithMetadata(new AcceptedQuery([Open311ApiKey.Parameter, "jurisdiction_id"]))
            .WithName("Open311Services")
            .WithSummary("Open311 services")
            .WithDescription("One service per category of the definition: service_code the category id, service_name its name, group its platform's name.")
            .Produces<IReadOnlyList<Open311Service>>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        v2.MapGet("/services/{service_code}.{format}", ServiceDefinitionAsync).WithMetadata(new AcceptedQuery([Open311ApiKey.Parameter, "jurisdiction_id"]))
            .WithName("Open311ServiceDefinition")
            .WithSummary("An Open311 service definition")
            .WithDescription("The attributes a report of this service takes (attribute[code]): the native submission's fields Open311 has no parameter for, their values from the organisation (villages, grids) and CaseFlow's vocabulary (priorities, channels).")
            .Produces<Open311ServiceDefinition>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        v2.MapPost("/requests.{format}", SubmitAsync).WithMetadata(new AcceptedQuery([Open311ApiKey.Parameter]), AttachmentSizedBody.Instance)
            .WithName("Open311PostRequest")
            .WithSummary("Submit an Open311 service request")
            .WithDescription($"A report as application/x-www-form-urlencoded or multipart/form-data (a photo in the part 'media'), submitted as a native case in the caller's position (X-Acting-As when it holds several). Idempotent on the {IdempotencyHeader} header, or without it on the sender and the report's whole content. 201 with the new request, 200 with the one an identical report created; service_notice and reporter_url carry the reporter's status-page link, service_notice and case_number the case number (工单编号).")
            .Produces<IReadOnlyList<Open311RequestReceived>>(StatusCodes.Status201Created, Json, Xml)
            .Produces<IReadOnlyList<Open311RequestReceived>>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        v2.MapGet("/requests.{format}", ListAsync).WithMetadata(new AcceptedQuery(Open311RequestQuery.Parameters))
            .WithName("Open311GetRequests")
            .WithSummary("List Open311 service requests")
            .WithDescription($"The requests the filters let through (service_request_id, service_code, start_date, end_date, status), newest update first, at most {Open311RequestQuery.MaxResults} over at most {Open311RequestQuery.MaxDays} days (the last {Open311RequestQuery.MaxDays} by default). status is closed once the case has ended.")
            .Produces<IReadOnlyList<Open311ServiceRequest>>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest);
        v2.MapGet("/requests/{service_request_id}.{format}", GetAsync).WithMetadata(new AcceptedQuery([Open311ApiKey.Parameter, "jurisdiction_id"]))
            .WithName("Open311GetRequest")
            .WithSummary("Read one Open311 service request")
            .WithDescription("The request (a case) by its id, as a list of one.")
            .Produces<IReadOnlyList<Open311ServiceRequest>>(StatusCodes.Status200OK, Json, Xml)
            .ProducesOpen311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DiscoveryAsync(string format, HttpContext context, DefinitionRegistry definitions)
    {
        if (await ReadRefusedAsync(format, context) is { } refused)
        {
            return refused;
        }

        var (version, definition) = definitions.GetCurrent();
        var changeset = $"{definition.Definition.Id} v{version}";
        var body = Open311Shapes.Node(new Open311Discovery(
            changeset,
            definition.Definition.Organisation.CommandRoom.Name,
            "api_key: the access token of the submitting system's account (POST /auth/token); the township's administrator creates the account (user add NAME --position system:ID)",
            [new Open311Endpoint(Specification, $"{context.Request.Scheme}://{context.Request.Host}{Root}/v2", changeset, "production", ["text/xml", "application/json"])]));
        return new Open311Document(body, "discovery", Open311Formats.Parse(format)!.Value);
    }

    private static async Task<IResult> ServicesAsync(string format, HttpContext context, DefinitionRegistry definitions)
    {
        if (await ReadRefusedAsync(format, context) is { } refused)
        {
            return refused;
        }

        var parsed = Open311Formats.Parse(format)!.Value;
        return Jurisdiction(context, definitions.Current, parsed) ?? new Open311Document(Open311Shapes.Node(Open311Services.List(definitions.Current)), "services", parsed);
    }

    private static async Task<IResult> ServiceDefinitionAsync([FromRoute(Name = "service_code")] string serviceCode, string format, HttpContext context, DefinitionRegistry definitions)
    {
        if (await ReadRefusedAsync(format, context) is { } refused)
        {
            return refused;
        }

        var parsed = Open311Formats.Parse(format)!.Value;
        var definition = definitions.Current;
        if (Jurisdiction(context, definition, parsed) is { } wrong)
        {
            return wrong;
        }

        return Open311Services.Definition(definition, serviceCode) is { } described
            ? new Open311Document(Open311Shapes.Node(described), "service_definition", parsed)
            : Open311Errors.Of(parsed, StatusCodes.Status404NotFound, $"service_code '{Shown(serviceCode)}' is not a service here; GET services.{format} lists the codes");
    }

    private static async Task<IResult> SubmitAsync(string format, HttpRequest request, CaseService service, DefinitionRegistry definitions, TimeProvider time)
    {
        var context = request.HttpContext;
        if (Caller.From(context.User) is not { } caller)
        {
            return Open311Errors.NotSignedIn(context, Open311Formats.Parse(format) ?? Open311Format.Json);
        }

        if (Open311Formats.Parse(format) is not { } parsed)
        {
            return Open311Errors.UnknownFormat(format);
        }

        if (!request.HasFormContentType)
        {
            return Open311Errors.Of(parsed, StatusCodes.Status415UnsupportedMediaType, $"a report is a form: send it as application/x-www-form-urlencoded or multipart/form-data, not '{Shown(request.ContentType ?? "(none)")}'");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            return Open311Errors.Of(parsed, e.StatusCode, e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Open311Errors.Of(parsed, StatusCodes.Status400BadRequest, $"the body cannot be read as the form it says it is: {e.Message}");
        }

        var header = request.Headers[ActingPosition.Header].ToString();
        var givenKey = request.Headers[IdempotencyHeader].ToString();
        if (BoundedInput.Problem((ActingPosition.Header, header, "actor"), (IdempotencyHeader, givenKey, "clientKey"), ("identity", caller.Identity, "identity")) is { } unbounded)
        {
            return Open311Errors.From(unbounded, parsed);
        }

        var definition = definitions.Current;
        var (position, refusal) = ActingPosition.Resolve(caller, header, null, definition);
        if (refusal is not null)
        {
            return Open311Errors.From(refusal, parsed);
        }

        var (submission, errors) = Open311Submission.Read(form, definition);
        if (submission is null)
        {
            return Open311Errors.Of(parsed, StatusCodes.Status400BadRequest, errors);
        }

        var key = givenKey.Trim() is { Length: > 0 } named ? named : await Open311Submission.DerivedKeyAsync(caller.Identity, form, context.RequestAborted);
        var attachments = new List<string>();
        if (form.Files.GetFile(Open311Submission.MediaPart) is { } media)
        {
            if (context.RequestServices.GetService<IOpen311Media>() is not { } store)
            {
                return Open311Errors.Of(parsed, StatusCodes.Status400BadRequest, "this service takes no photos yet; send the report without the part 'media', and give media_url (the photo's address) if the client keeps it");
            }

            await using var content = media.OpenReadStream();
            var staged = await store.StageAsync(content, media.FileName, media.ContentType ?? "", caller.Identity, context.RequestAborted);
            if (staged.AttachmentId is not { } id)
            {
                return Open311Errors.Of(parsed, staged.Status, $"media: {staged.Refusal}");
            }

            attachments.Add(id);
        }

        submission = submission with { ClientKey = key, Actor = position!.Id, Attachments = attachments.Count > 0 ? attachments : null };
        var command = CommandMapper.ToCaseCommand(submission, Guid.CreateVersion7(time.GetUtcNow())) with { Actor = position.Id, Identity = caller.Identity };
        var outcome = await service.SubmitAsync(command, context.RequestAborted);
        if (outcome.Status is not (CommandStatus.Accepted or CommandStatus.AlreadySubmitted))
        {
            return Open311Errors.From(Problems.From(outcome), parsed);
        }

        var state = outcome.State!;
        var link = service.ReporterLinks.Link(state.Id);
        var notice = $"已受理（编号 {CaseNumbers.Label(state)}），由{definition.Definition.Organisation.CommandRoom.Name}登记分派。查看办理进度、确认办理结果和评价，请访问：{link}";
        if (form.ContainsKey("email"))
        {
            notice += "（电子邮箱未保存：不以电子邮件答复，请通过此链接查看。）";
        }

        var body = Open311Shapes.Node(new[] { new Open311RequestReceived(state.Id.ToString("D"), notice, null, link, state.Number) });
        return new Open311Document(body, "service_requests", parsed, outcome.Status == CommandStatus.Accepted ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ListAsync(string format, HttpContext context, ICaseStore store, DefinitionRegistry definitions, TimeProvider time)
    {
        if (await ReadRefusedAsync(format, context) is { } refused)
        {
            return refused;
        }

        var parsed = Open311Formats.Parse(format)!.Value;
        var (query, errors) = Open311RequestQuery.Read(context.Request.Query, definitions.Current, time.GetUtcNow());
        if (query is null)
        {
            return Open311Errors.Of(parsed, StatusCodes.Status400BadRequest, errors);
        }

        var found = new List<CaseState>();
        if (query.Ids.Count > 0)
        {
            foreach (var id in query.Ids)
            {
                if (await store.ReadSnapshotAsync(id, context.RequestAborted) is { } state)
                {
                    found.Add(state);
                }
            }
        }
        else
        {
            const int Page = 200;
            var filter = new CaseFilter { SubmittedFrom = query.From, SubmittedTo = query.To, Final = query.Final };
            CaseListPosition? after = null;
            while (found.Count < Open311RequestQuery.MaxResults)
            {
                var page = await store.ListPageAsync(filter, after, Page, context.RequestAborted);
                found.AddRange(page.Where(s => query.Codes.Count == 0 || query.Codes.Contains(s.Category)));
                if (page.Count < Page)
                {
                    break;
                }

                after = new CaseListPosition(page[^1].UpdatedAt, page[^1].Id);
            }
        }

        return new Open311Document(await RequestsAsync(found.Take(Open311RequestQuery.MaxResults), definitions, context.RequestAborted), "service_requests", parsed);
    }

    private static async Task<IResult> GetAsync([FromRoute(Name = "service_request_id")] string serviceRequestId, string format, HttpContext context, ICaseStore store, DefinitionRegistry definitions)
    {
        if (await ReadRefusedAsync(format, context) is { } refused)
        {
            return refused;
        }

        var parsed = Open311Formats.Parse(format)!.Value;
        if (!Guid.TryParseExact(serviceRequestId, "D", out var id))
        {
            return Open311Errors.Of(parsed, StatusCodes.Status400BadRequest, $"'{Shown(serviceRequestId)}' is not a request id; ids are the ones POST requests answered, e.g. 0190c2a4-7f5e-7b3a-9c1d-2e4f6a8b0c1d");
        }

        return await store.ReadSnapshotAsync(id, context.RequestAborted) is { } state
            ? new Open311Document(await RequestsAsync([state], definitions, context.RequestAborted), "service_requests", parsed)
            : Open311Errors.Of(parsed, StatusCodes.Status404NotFound, $"there is no request {id}");
    }

    /// <summary>The requests, each read against the definition its case is pinned to.</summary>
    private static async Task<JsonNode> RequestsAsync(IEnumerable<CaseState> states, DefinitionRegistry definitions, CancellationToken cancellationToken)
    {
        var pinned = new Dictionary<int, CompiledDefinition>();
        var requests = new List<Open311ServiceRequest>();
        foreach (var state in states)
        {
            if (!pinned.TryGetValue(state.DefinitionVersion, out var definition))
            {
                pinned[state.DefinitionVersion] = definition = await definitions.GetAsync(state.DefinitionVersion, cancellationToken);
            }

            requests.Add(Open311Requests.Of(state, definition));
        }

        return Open311Shapes.Node(requests);
    }

    /// <summary>
    /// The refusal of a read: an unknown format; a key or token given but refused (whatever anonymous reads allow); a caller the read
    /// policy does not let through. Null when the read may go on.
    /// </summary>
    private static async Task<IResult?> ReadRefusedAsync(string format, HttpContext context)
    {
        // Who calls is judged first, as everywhere else: an anonymous caller learns nothing, not even which formats are served.
        var parsed = Open311Formats.Parse(format);
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var signedIn = Caller.From(context.User) is not null;
        if (!signedIn && context.Request.Headers.Authorization.Count > 0 || !(await authorization.AuthorizeAsync(context.User, CaseFlowPolicies.Read)).Succeeded)
        {
            return Open311Errors.NotSignedIn(context, parsed ?? Open311Format.Json);
        }

        return parsed is null ? Open311Errors.UnknownFormat(format) : null;
    }

    /// <summary>A refusal when the query names another jurisdiction than this definition's.</summary>
    private static Open311Document? Jurisdiction(HttpContext context, CompiledDefinition definition, Open311Format format) =>
        context.Request.Query["jurisdiction_id"].ToString() is { Length: > 0 } named && named != definition.Definition.Id
            ? Open311Errors.Of(format, StatusCodes.Status404NotFound, $"jurisdiction_id '{Shown(named)}' is not served here; this endpoint serves '{definition.Definition.Id}' (or leave jurisdiction_id out)")
            : null;

    private static string Shown(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

/// <summary>Describes the refusals an Open311 operation answers in the specification's error format (401 and 403 on every one).</summary>
internal static class Open311OpenApi
{
    public static RouteHandlerBuilder ProducesOpen311Errors(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses.Append(StatusCodes.Status401Unauthorized).Append(StatusCodes.Status403Forbidden))
        {
            endpoint.Produces<IReadOnlyList<Open311Error>>(status, "application/json", "text/xml");
        }

        return endpoint;
    }
}
