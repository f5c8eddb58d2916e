using System.Text.Json;
using System.Text;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Admin;

/// <summary>
/// HTTP for administering the working calendar, published apart from the definitions: the current version, every version, checking
/// and publishing a calendar (which recomputes the provisional deadlines it settles), and the cases waiting on a provisional deadline.
/// </summary>
internal static class CalendarAdminEndpoints
{
    private const string Json = "application/json";

    public const string Calendar = "/admin/calendar";

    public static void Map(RouteGroupBuilder admin)
    {
        var calendar = admin.MapGroup("/calendar");
        calendar.MapGet("", CurrentAsync)
            .WithName("GetCurrentCalendar")
            .WithSummary("The current working calendar")
            .WithDescription("The calendar deadlines are counted on now: its version, time zone, the years it declares, and how many cases wait on an undeclared year.")
            .Produces<CalendarCurrent>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapGet("/versions", List)
            .WithName("ListCalendarVersions")
            .WithSummary("Every calendar version")
            .WithDescription("Every published calendar version, oldest first, and which is current.")
            .Produces<CalendarVersionList>();
        calendar.MapGet("/versions/{version:int}/content", Content)
            .WithName("GetCalendarContent")
            .WithSummary("A calendar version's content")
            .WithDescription("The calendar as published: the shape of a definition's calendar section.")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound);
        calendar.MapPost("/validate", ValidateAsync).WithMetadata(DefinitionSizedBody.Instance)
            .WithName("ValidateCalendar")
            .WithSummary("Check a draft calendar")
            .WithDescription("Checks a calendar (the body, the shape of a definition's calendar section) without publishing it; 422 with every error.")
            .WithAcceptedBody<JsonElement>()
            .Produces<CalendarValidation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        calendar.MapPost("/publish", PublishAsync).WithMetadata(DefinitionSizedBody.Instance)
            .WithName("PublishCalendar")
            .WithSummary("Publish a calendar")
            .WithDescription("Publishes a calendar and recomputes the provisional deadlines it settles: 201 with the new version, 200 when that content was already stored, 422 with every error (nothing published).")
            .WithAcceptedBody<JsonElement>()
            .Produces<CalendarPublished>(StatusCodes.Status201Created)
            .Produces<CalendarPublished>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        calendar.MapGet("/provisional", ProvisionalAsync)
            .WithName("ListProvisionalCases")
            .WithSummary("Cases on a provisional deadline")
            .WithDescription("The cases whose deadline falls in a year the calendar does not declare yet.")
            .Produces<ProvisionalCases>();
    }

    private static async Task<IResult> CurrentAsync(CalendarRegistry calendars, DeadlineRecomputer recomputer, CancellationToken cancellationToken)
    {
        if (calendars.CurrentInfo is not { } current)
        {
            return Problems.NotFound("no working calendar is published yet; publish one (POST /admin/calendar/publish) or give the definition a calendar section");
        }

        var declaration = calendars.Declaration(current.Number)!;
        return Results.Ok(new CalendarCurrent(
            Version(current, current.Number),
            declaration.TimeZone,
            [.. declaration.Years.Select(y => y.Year).Order()],
            (await recomputer.ListProvisionalAsync(cancellationToken)).Count));
    }

    private static IResult List(CalendarRegistry calendars)
    {
        var current = calendars.CurrentInfo?.Number ?? 0;
        return Results.Ok(new CalendarVersionList(current, [.. calendars.Versions.Select(v => Version(v, current))]));
    }

    private static IResult Content(int version, CalendarRegistry calendars) =>
        calendars.Text(version) is { } text
            ? Results.Text(text, "application/json; charset=utf-8")
            : Problems.NotFound($"there is no calendar version {version}; versions are: {string.Join(", ", calendars.Versions.Select(v => v.Number))}");

    private static async Task<IResult> ValidateAsync(HttpRequest request)
    {
        if (await DraftAsync(request) is not { } draft)
        {
            return EmptyBody();
        }

        var check = CalendarRegistry.Check(draft);
        return check.IsValid
            ? Results.Ok(new CalendarValidation(true, check.ContentHash, [.. check.Calendar!.Years.Select(y => y.Year).Order()]))
            : AdminResponses.Invalid(check.Errors, $"{check.Errors.Count} error(s); nothing was published", "The calendar is not valid");
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, CalendarRegistry calendars, DeadlineRecomputer recomputer, ILoggerFactory logs)
    {
        if (await DraftAsync(request) is not { } draft)
        {
            return EmptyBody();
        }

        // The administrator recorded is the signed-in identity, never a name the request gives.
        var administrator = Caller.From(request.HttpContext.User)!.Identity;
        var previous = calendars.CurrentInfo?.Number;
        CalendarPublication publication;
        try
        {
            publication = await calendars.PublishAsync(draft, new PublicationOrigin(PublicationOrigin.AdminApi, administrator), request.HttpContext.RequestAborted);
        }
        catch (InvalidCalendarException e)
        {
            return AdminResponses.Invalid(e.Errors, $"{e.Errors.Count} error(s); nothing was published{(previous is { } v ? $" and calendar version {v} stays current" : "")}", "The calendar is not valid");
        }

        var recomputation = publication.Created
            ? await recomputer.RecomputeAsync(administrator, request.HttpContext.RequestAborted)
            : new RecomputationReport(publication.Version.Number, [], await recomputer.ListProvisionalAsync(request.HttpContext.RequestAborted));
        var what = publication.Created ? "a new version" : "unchanged";
        var logger = logs.CreateLogger(typeof(CalendarAdminEndpoints));
        AdminLog.CalendarPublished(logger, publication.Version.Number, administrator, what, recomputation.Recomputed.Count, recomputation.StillProvisional.Count);
        var body = new CalendarPublished(
            publication.Created, Version(publication.Version, publication.Version.Number), recomputation.Recomputed, recomputation.StillProvisional);
        return publication.Created ? Results.Created($"{Calendar}/versions/{publication.Version.Number}/content", body) : Results.Ok(body);
    }

    private static async Task<IResult> ProvisionalAsync(CalendarRegistry calendars, DeadlineRecomputer recomputer, CancellationToken cancellationToken) =>
        Results.Ok(new ProvisionalCases(calendars.CurrentInfo?.Number, await recomputer.ListProvisionalAsync(cancellationToken)));

    private static CalendarVersionView Version(CalendarVersionInfo info, int current) => new(
        info.Number, info.Number == current, info.ContentHash, info.PublishedAt, info.Source, info.PublishedBy, new CalendarVersionLinks($"{Calendar}/versions/{info.Number}/content"));

    private static async Task<string?> DraftAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static IResult EmptyBody() =>
        Problems.BadRequest("send the calendar as the request body: {\"timeZone\": …, \"workingWeek\": […], \"workingHours\": […], \"years\": […]}, the shape of a definition's calendar section");
}
