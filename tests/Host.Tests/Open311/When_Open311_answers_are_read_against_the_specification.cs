using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace CaseFlow.Host.Tests.Open311;

/// <summary>
/// Every Open311 answer, in JSON and in XML, holds every field of the specification's example of it where the example holds it
/// (the list items named as the specification names them in XML), so that a client written against the specification reads it.
/// </summary>
[TestFixture]
public sealed class When_Open311_answers_are_read_against_the_specification
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private Open311Client _client = null!;
    private readonly Dictionary<string, HttpResponseMessage> _posted = [];
    private string _id = "";

    [OneTimeSetUp]
    public async Task Submit_one_report_in_each_format()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        var token = await _factory.SignIn.TokenAsync("spec-intake", ["system:shi-an-tong"], []);
        _client = new Open311Client(_factory.CreateAnonymousClient(), token);
        foreach (var format in new[] { "json", "xml" })
        {
            _posted[format] = await _client.PostAsync(Open311Client.Report("村口新建铁皮棚"), format);
        }

        var created = JsonNode.Parse(await _posted["json"].Content.ReadAsStringAsync())!;
        Assert.That(_posted["json"].StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        _id = created[0]!["service_request_id"]!.GetValue<string>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Http.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData("/discovery", Open311Examples.DiscoveryJson, Open311Examples.DiscoveryXml).SetName("Should_answer_discovery_as_the_specifications_example");
        yield return new TestCaseData("/v2/services", Open311Examples.ServicesJson, Open311Examples.ServicesXml).SetName("Should_list_services_as_the_specifications_example");
        yield return new TestCaseData("/v2/services/illegal-construction", Open311Examples.ServiceDefinitionJson, Open311Examples.ServiceDefinitionXml).SetName("Should_define_a_service_as_the_specifications_example");
        yield return new TestCaseData("/v2/requests/{id}", Open311Examples.RequestsJson, Open311Examples.RequestsXml).SetName("Should_answer_a_request_as_the_specifications_example");
        yield return new TestCaseData("/v2/requests", Open311Examples.RequestsJson, Open311Examples.RequestsXml).SetName("Should_list_requests_as_the_specifications_example");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Should_hold_the_examples_fields(string path, string exampleJson, string exampleXml)
    {
        path = path.Replace("{id}", _id, StringComparison.Ordinal);
        var json = await _client.GetJsonAsync(path + ".json");
        var xml = await _client.GetXmlAsync(path + ".xml");

        Assert.Multiple(() =>
        {
            Assert.That(Open311Examples.Shape(json), Is.SupersetOf(Open311Examples.Shape(JsonNode.Parse(exampleJson))), "JSON");
            Assert.That(xml.Root!.Name.LocalName, Is.EqualTo(XDocument.Parse(exampleXml).Root!.Name.LocalName), "XML root");
            Assert.That(Open311Examples.Shape(xml), Is.SupersetOf(Open311Examples.Shape(XDocument.Parse(exampleXml))), "XML");
        });
    }

    [Test]
    public async Task Should_answer_a_report_as_the_specifications_example()
    {
        var json = JsonNode.Parse(await _posted["json"].Content.ReadAsStringAsync());
        var xml = XDocument.Parse(await _posted["xml"].Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(Open311Examples.Shape(json), Is.SupersetOf(Open311Examples.Shape(JsonNode.Parse(Open311Examples.PostResponseJson))));
            Assert.That(Open311Examples.Shape(xml), Is.SupersetOf(Open311Examples.Shape(XDocument.Parse(Open311Examples.PostResponseXml))));
            Assert.That(_posted["xml"].Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
            Assert.That(xml.Root!.Element("request")!.Element("service_request_id")!.Value, Is.EqualTo(_id), "the same report sent again, as XML, is the same request");
        });
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task Should_refuse_a_wrong_key_as_the_specifications_error_example(string format)
    {
        var response = await _client.GetAsync($"/v2/services.{format}", key: "not-a-token");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), text);
        var shape = format == "json" ? Open311Examples.Shape(JsonNode.Parse(text)) : Open311Examples.Shape(XDocument.Parse(text));
        var example = format == "json" ? Open311Examples.Shape(JsonNode.Parse(Open311Examples.ErrorsJson)) : Open311Examples.Shape(XDocument.Parse(Open311Examples.ErrorsXml));
        Assert.Multiple(() =>
        {
            Assert.That(shape, Is.EquivalentTo(example));
            Assert.That(text, Does.Contain("403").And.Contain("api_key").And.Contain("POST /auth/token"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_format_saying_which_are_served()
    {
        var response = await _client.GetAsync("/v2/services.html");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Open311Client.ErrorsAsync(response)).Single().Description, Does.Contain("'html' is not served").And.Contain(".json or .xml"));
    }

    [Test]
    public async Task Should_read_lat_and_long_as_numbers_and_dates_with_their_offset()
    {
        var request = (await _client.GetJsonAsync($"/v2/requests/{_id}.json"))[0]!;

        Assert.Multiple(() =>
        {
            Assert.That(request["lat"]!.GetValue<double>(), Is.EqualTo(28.0709));
            Assert.That(request["long"]!.GetValue<double>(), Is.EqualTo(119.4641));
            Assert.That(DateTimeOffset.TryParseExact(request["requested_datetime"]!.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ssK", null, System.Globalization.DateTimeStyles.None, out _), Is.True);
        });
    }

    [Test]
    public async Task Should_refuse_a_photo_of_a_type_not_taken_in_the_error_format()
    {
        var response = await _client.PostWithMediaAsync(Open311Client.Report("带附件的举报"), "not a picture at all"u8.ToArray(), "note.txt", "text/plain");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var error = (await Open311Client.ErrorsAsync(response)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(415));
            Assert.That(error.Description, Does.StartWith("media: ").And.Contain("image/jpeg"));
        });
    }
}
