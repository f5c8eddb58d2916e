using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// On Tuesday 29 December 2026 the calendar (from workflows.json) declares 2025 and 2026 only, so a case signed for that day has a
/// provisional deadline in 2027. Publishing a calendar is for administrators alone; a calendar with errors is refused at their JSON
/// paths; one that declares 2027 is published and recomputes the case's deadline.
/// </summary>
[TestFixture]
public sealed class When_the_calendar_is_published_over_http
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 29, 10, 0, 0, TimeSpan.FromHours(8));

    private string _database = null!;
    private CaseFlowFactory _factory = null!;
    private HttpClient _admin = null!;
    private Guid _case;
    private JsonObject _provisionalCase = null!;
    private JsonObject _provisionalList = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, time: new FakeTimeProvider(Tuesday));
        _admin = _factory.CreateClientAs("admin-wang", [], ["administrator"]);
        using var client = _factory.CreateClient();
        _case = await AdminApi.HandledCaseAsync(client, $"calendar-{Guid.NewGuid():N}", progress: false);
        _provisionalCase = await AdminApi.GetJsonAsync(client, $"/cases/{_case}");
        _provisionalList = await AdminApi.GetJsonAsync(_admin, "/admin/calendar/provisional");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test, Order(1)]
    public void Should_show_the_deadline_as_provisional_in_the_case()
    {
        var state = _provisionalCase["case"]!;
        Assert.Multiple(() =>
        {
            Assert.That(state["isProvisional"]!.GetValue<bool>(), Is.True);
            Assert.That(state["undeclaredYears"]!.AsArray().Select(y => y!.GetValue<int>()), Is.EqualTo(new[] { 2027 }));
            Assert.That(state["calendarVersion"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test, Order(1)]
    public void Should_list_the_case_for_the_administrators() =>
        Assert.That(_provisionalList["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<Guid>()), Is.EqualTo(new[] { _case }));

    [Test, Order(2)]
    public async Task Should_refuse_a_caller_without_a_token()
    {
        using var anonymous = _factory.CreateAnonymousClient();

        var response = await anonymous.PostAsync("/admin/calendar/publish", AdminApi.Json(AdminApi.CalendarWith2027()));

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test, Order(2)]
    public async Task Should_refuse_a_caller_without_the_administrator_role()
    {
        using var office = _factory.CreateClientAs("demolition-clerk", ["office:demolition-office"]);

        var response = await office.PostAsync("/admin/calendar/publish", AdminApi.Json(AdminApi.CalendarWith2027()));

        Assert.That((int)response.StatusCode, Is.EqualTo(403));
    }

    [Test, Order(2)]
    public async Task Should_refuse_an_invalid_calendar_at_the_json_path_of_each_error()
    {
        var broken = AdminApi.CalendarWith2027().Replace("\"2027-01-03\"", "\"2026-01-03\"", StringComparison.Ordinal);

        var response = await _admin.PostAsync("/admin/calendar/publish", AdminApi.Json(broken));
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(422));
            Assert.That(problem["errors"]!["$.years[2].holidays[0].to"]![0]!.GetValue<string>(), Does.Contain("not in 2027"));
            Assert.That((await AdminApi.GetJsonAsync(_admin, "/admin/calendar"))["version"]!["version"]!.GetValue<int>(), Is.EqualTo(1), "nothing was published");
        });
    }

    [Test, Order(2)]
    public async Task Should_ask_for_a_body_when_none_is_sent()
    {
        var response = await _admin.PostAsync("/admin/calendar/publish", AdminApi.Json(""));

        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("send the calendar"));
        });
    }

    [Test, Order(3)]
    public async Task Should_publish_a_calendar_declaring_2027_and_recompute_the_deadline()
    {
        var response = await _admin.PostAsync("/admin/calendar/publish", AdminApi.Json(AdminApi.CalendarWith2027()));
        var body = await AdminApi.ReadAsync(response);
        var after = await AdminApi.GetJsonAsync(_admin, $"/cases/{_case}");

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(201));
            Assert.That(body["version"]!["version"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(body["version"]!["publishedBy"]!.GetValue<string>(), Is.EqualTo("admin-wang"));
            Assert.That(body["recomputed"]!.AsArray().Select(r => r!["caseId"]!.GetValue<Guid>()), Is.EqualTo(new[] { _case }));
            Assert.That(after["case"]!["isProvisional"]!.GetValue<bool>(), Is.False);
            Assert.That(after["case"]!["calendarVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(after["history"]!.AsArray()[^1]!["trigger"]!.GetValue<string>(), Is.EqualTo("RecomputeDeadline"));
            Assert.That(after["case"]!["handlingDeadline"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(_provisionalCase["case"]!["handlingDeadline"]!.GetValue<DateTimeOffset>()), "元旦 pushes it later");
        });
    }
}
