using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Tests.Attachments;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Open311;

/// <summary>
/// A third-party Open311 client, holding only the api_key of 食安通's account: it discovers the services, reads a definition, reports
/// a problem with a point, follows it while the township handles it through the native API, and sees it closed with its notes.
/// </summary>
[TestFixture]
public sealed class When_an_Open311_client_reports_and_follows_a_case
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private Open311Client _client = null!;
    private HttpClient _township = null!;
    private JsonDocument _definition = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        var token = await _factory.SignIn.TokenAsync("walk-intake", ["system:shi-an-tong"], []);
        _client = new Open311Client(_factory.CreateAnonymousClient(), token);
        _township = _factory.CreateClient();
        _definition = JsonDocument.Parse(await File.ReadAllTextAsync(CaseFlowFactory.DefinitionPath()));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _definition.Dispose();
        _client.Http.Dispose();
        _township.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    private List<JsonElement> Declared(string path)
    {
        var node = _definition.RootElement;
        foreach (var name in path.Split('.'))
        {
            node = node.GetProperty(name);
        }

        return [.. node.EnumerateArray()];
    }

    [Test]
    public async Task Should_discover_report_follow_and_see_closed()
    {
        var discovery = await _client.GetJsonAsync("/discovery.json");
        Assert.That(discovery["endpoints"]![0]!["url"]!.GetValue<string>(), Does.EndWith("/open311/v2"));

        var services = (await _client.GetJsonAsync("/v2/services.json")).AsArray();
        Assert.That(services.Select(s => s!["service_code"]!.GetValue<string>()), Is.EqualTo(Declared("categories").Select(c => c.GetProperty("id").GetString())));
        var service = services.Single(s => s!["service_code"]!.GetValue<string>() == "illegal-construction")!;
        var enforcement = Declared("organisation.platforms").Single(p => p.GetProperty("id").GetString() == "enforcement").GetProperty("name").GetString();
        Assert.That(service["group"]!.GetValue<string>(), Is.EqualTo(enforcement), "group is the category's platform's name");

        var definition = await _client.GetXmlAsync("/v2/services/illegal-construction.xml");
        var grid = definition.Descendants("attribute").Single(a => a.Element("code")!.Value == "grid");
        Assert.That(grid.Descendants("key").Select(k => k.Value), Is.EqualTo(Declared("organisation.grids").Select(g => g.GetProperty("id").GetString())), "the grids are the organisation's");

        var report = Open311Client.Report("村口新建铁皮棚，约二十平方米");
        report["attribute[grid]"] = "grid-1";
        report["attribute[priority]"] = "urgent";
        report["email"] = "lan@example.com";
        var posted = await _client.PostAsync(report);
        var answer = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!;
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Created), answer.ToJsonString());
        var id = Guid.Parse(answer[0]!["service_request_id"]!.GetValue<string>());
        var link = _factory.Services.GetRequiredService<CaseService>().ReporterLinks.Link(id);
        Assert.Multiple(() =>
        {
            Assert.That(answer[0]!["service_notice"]!.GetValue<string>(), Does.Contain(link).And.Contain("电子邮箱未保存"));
            Assert.That(answer[0]!["reporter_url"]!.GetValue<string>(), Is.EqualTo(link));
            Assert.That(answer[0]!["case_number"]!.GetValue<string>(), Does.Match(@"^YHWX-\d{8}-\d{4}$"), "the case number, an extension");
            Assert.That(answer[0]!["service_notice"]!.GetValue<string>(), Does.Contain($"编号 {answer[0]!["case_number"]}"));
        });

        var native = await CaseApi.GetAsync(_township, id);
        var submitted = native["case"]!;
        Assert.Multiple(() =>
        {
            Assert.That(submitted["point"]!["latitude"]!.GetValue<double>(), Is.EqualTo(28.0709));
            Assert.That(submitted["point"]!["datum"]!.GetValue<string>(), Is.EqualTo("WGS-84"));
            Assert.That(submitted["location"]!.GetValue<string>(), Is.EqualTo("雾溪村村口"));
            Assert.That(submitted["grid"]!.GetValue<string>(), Is.EqualTo("grid-1"));
            Assert.That(submitted["priority"]!.GetValue<string>(), Is.EqualTo("urgent"));
            Assert.That(submitted["channel"]!.GetValue<string>(), Is.EqualTo("hotline"));
            Assert.That(native["history"]![0]!["actor"]!.GetValue<string>(), Is.EqualTo("shi-an-tong"));
            Assert.That(native.ToJsonString(), Does.Not.Contain("lan@example.com"), "the e-mail address is not kept");
        });

        var open = (await _client.GetJsonAsync($"/v2/requests/{id}.json"))[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(open["status"]!.GetValue<string>(), Is.EqualTo("open"));
            Assert.That(open["case_number"]!.GetValue<string>(), Is.EqualTo(answer[0]!["case_number"]!.GetValue<string>()));
            Assert.That(open["agency_responsible"]!.GetValue<string>(), Is.EqualTo(_definition.RootElement.GetProperty("organisation").GetProperty("commandRoom").GetProperty("name").GetString()));
            Assert.That(open.ToJsonString(), Does.Not.Contain("13800000000").And.Not.Contain(link), "neither the reporter's phone nor their link is shown to readers");
        });

        await CaseApi.AcceptAsync(_township, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_township, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_township, id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_township, id, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(_township, id, "SignFor", new { actor = "demolition-office" });
        var handling = (await _client.GetJsonAsync($"/v2/requests/{id}.json"))[0]!;
        Assert.That(handling["expected_datetime"]!.GetValue<string>(), Is.Not.Empty, "the handling deadline, once signed for");
        await CaseApi.AcceptAsync(_township, id, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(_township, id, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });
        await CaseApi.AcceptAsync(_township, id, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
        await CaseApi.AcceptAsync(_township, id, "Rate", new { actor = "command-room", rating = "satisfied" });

        var closed = (await _client.GetXmlAsync($"/v2/requests/{id}.xml")).Root!.Element("request")!;
        var closedName = Declared("workflows").Single(w => w.GetProperty("id").GetString() == "assess").GetProperty("states").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "Closed").GetProperty("name").GetString();
        var office = Declared("organisation.offices").Single(o => o.GetProperty("id").GetString() == "demolition-office").GetProperty("name").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(closed.Element("status")!.Value, Is.EqualTo("closed"));
            Assert.That(closed.Element("status_notes")!.Value, Does.Contain(closedName).And.Contain("违建已拆除"));
            Assert.That(closed.Element("agency_responsible")!.Value, Is.EqualTo(office));
        });

        var listed = await _client.GetJsonAsync("/v2/requests.json?service_code=illegal-construction&status=closed");
        var stillOpen = await _client.GetJsonAsync("/v2/requests.json?status=open");
        Assert.Multiple(() =>
        {
            Assert.That(listed.AsArray().Select(r => r!["service_request_id"]!.GetValue<string>()), Does.Contain(id.ToString()));
            Assert.That(stillOpen.AsArray().Select(r => r!["service_request_id"]!.GetValue<string>()), Does.Not.Contain(id.ToString()));
        });
    }

    [Test]
    public async Task Should_answer_an_exact_resend_with_the_same_request()
    {
        var first = await _client.PostAsync(Open311Client.Report("重发测试：路边堆放建材"));
        var again = await _client.PostAsync(Open311Client.Report("重发测试：路边堆放建材"));
        var other = await _client.PostAsync(Open311Client.Report("重发测试：另一处堆放建材"));

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await IdAsync(again), Is.EqualTo(await IdAsync(first)));
            Assert.That(await IdAsync(other), Is.Not.EqualTo(await IdAsync(first)), "another report is another request");
        });
    }

    [Test]
    public async Task Should_refuse_another_report_under_the_same_idempotency_key()
    {
        var first = await _client.PostAsync(Open311Client.Report("幂等键测试：第一份"), idempotencyKey: "client-report-77");
        var again = await _client.PostAsync(Open311Client.Report("幂等键测试：第一份"), idempotencyKey: "client-report-77");
        var changed = await _client.PostAsync(Open311Client.Report("幂等键测试：改过的"), idempotencyKey: "client-report-77");

        Assert.That((first.StatusCode, again.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.OK)));
        Assert.That(await IdAsync(again), Is.EqualTo(await IdAsync(first)));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "as the native API answers a reused clientKey");
        Assert.That((await Open311Client.ErrorsAsync(changed)).Single().Description, Does.Contain("client-report-77").And.Contain("description"));
    }

    [Test]
    public async Task Should_refuse_a_wrong_api_key_and_a_missing_one()
    {
        var wrong = await _client.PostAsync(Open311Client.Report("错误的密钥"), key: "eyJhbGciOiJIUzI1NiJ9.e30.invalid");
        var none = await _client.Http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(Open311Client.Report("没有密钥")));

        Assert.Multiple(async () =>
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await Open311Client.ErrorsAsync(wrong)).Select(e => e.Code), Is.EqualTo(new[] { 403 }));
            Assert.That((await Open311Client.ErrorsAsync(wrong)).Single().Description, Does.Contain("api_key").And.Contain("refused"));
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await Open311Client.ErrorsAsync(none)).Single().Description, Does.Contain("api_key is required"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_service_code_naming_the_services()
    {
        var report = Open311Client.Report("未知服务");
        report["service_code"] = "pothole";

        var response = await _client.PostAsync(report);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Open311Client.ErrorsAsync(response)).Single().Description, Does.Contain("service_code 'pothole' is not a service here").And.Contain("illegal-construction"));
    }

    [TestCase("north", "119.5678", "lat 'north' is not a number of degrees", TestName = "Should_refuse_a_latitude_that_is_not_a_number")]
    [TestCase("28.1234", "", "lat is given without long", TestName = "Should_refuse_a_latitude_without_a_longitude")]
    public async Task Should_refuse_a_bad_point(string lat, string lng, string expected)
    {
        var report = Open311Client.Report("坐标有误");
        report["lat"] = lat;
        report["long"] = lng;

        var response = await _client.PostAsync(report, format: "xml");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(System.Xml.Linq.XDocument.Parse(text).Root!.Element("error")!.Element("description")!.Value, Does.Contain(expected));
    }

    [Test]
    public async Task Should_refuse_a_report_without_a_reporter_on_the_hotline_naming_the_open311_fields()
    {
        var report = Open311Client.Report("没有留名");
        report.Remove("first_name");
        report.Remove("last_name");
        report.Remove("phone");

        var response = await _client.PostAsync(report);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Open311Client.ErrorsAsync(response)).Select(e => e.Description), Has.Some.StartsWith("first_name/last_name: reporter is required"));
    }

    [Test]
    public async Task Should_record_the_photo_with_the_submission_and_serve_it()
    {
        var photo = AttachmentFiles.Jpeg("open311-shed");

        var response = await _client.PostWithMediaAsync(Open311Client.Report("带照片：铁皮棚"), photo, "shed.jpg", "image/jpeg");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = await IdAsync(response);
        var submitted = JsonNode.Parse(await _township.GetStringAsync($"/cases/{id}"))!["case"]!;
        var listed = submitted["attachments"]!.AsArray().Single()!;
        var recorded = listed["attachment"]!;
        Assert.Multiple(() =>
        {
            Assert.That(listed["trigger"]!.GetValue<string>(), Is.EqualTo("Submit"));
            Assert.That(submitted["grid"]!.GetValue<string>(), Is.EqualTo("grid-1"), "the point (WGS-84) lies in grid-1's outline (GCJ-02) and no grid was sent");
            Assert.That(submitted["placed"]!.GetValue<bool>(), Is.True);
            Assert.That(recorded["sha256"]!.GetValue<string>(), Is.EqualTo(AttachmentFiles.Sha256(photo)));
            Assert.That(recorded["name"]!.GetValue<string>(), Is.EqualTo("shed.jpg"));
            Assert.That(recorded["contentType"]!.GetValue<string>(), Is.EqualTo("image/jpeg"));
        });
        var served = await _township.GetAsync($"/cases/{id}/attachments/{recorded["id"]!.GetValue<string>()}");
        Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(photo));
    }

    [Test]
    public async Task Should_refuse_a_photo_whose_bytes_are_not_its_declared_type_and_record_nothing()
    {
        var before = JsonNode.Parse(await _township.GetStringAsync("/cases?limit=100"))!.AsArray().Count;

        var response = await _client.PostWithMediaAsync(Open311Client.Report("声称是PNG的照片"), AttachmentFiles.Jpeg("not-a-png"), "shed.png", "image/png");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), await response.Content.ReadAsStringAsync());
        Assert.That((await Open311Client.ErrorsAsync(response)).Single().Description, Does.StartWith("media: ").And.Contain("its bytes are image/jpeg"));
        Assert.That(JsonNode.Parse(await _township.GetStringAsync("/cases?limit=100"))!.AsArray(), Has.Count.EqualTo(before));
    }

    [Test]
    public async Task Should_refuse_a_report_sent_as_json()
    {
        var response = await _client.Http.PostAsync($"/open311/v2/requests.json?api_key={_client.ApiKey}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await Open311Client.ErrorsAsync(response)).Single().Description, Does.Contain("application/x-www-form-urlencoded or multipart/form-data"));
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())![0]!["service_request_id"]!.GetValue<string>();
}
