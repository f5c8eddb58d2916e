using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Http;

[TestFixture]
public sealed class When_workflows_are_read
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_list_the_six_closed_loop_workflows_with_the_version()
    {
        var body = JsonNode.Parse(await _client.GetStringAsync("/workflows"))!;
        var ids = body["workflows"]!.AsArray().Select(w => w!["id"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { "receive", "dispatch", "handle", "supervise", "feedback", "assess" }));
            Assert.That(body["version"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [TestCase("mermaid", "stateDiagram-v2")]
    [TestCase("dot", "digraph")]
    public async Task Should_draw_a_workflow(string format, string opening)
    {
        var text = await _client.GetStringAsync($"/workflows/handle/diagram?format={format}");
        Assert.Multiple(() =>
        {
            Assert.That(text.TrimStart(), Does.StartWith(opening));
            Assert.That(text, Does.Contain("ExtensionRequested").And.Contain("Complete"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_format_and_workflow()
    {
        var format = await _client.GetAsync("/workflows/handle/diagram?format=png");
        var workflow = await _client.GetAsync("/workflows/nothing/diagram");
        Assert.Multiple(() =>
        {
            Assert.That((int)format.StatusCode, Is.EqualTo(400));
            Assert.That((int)workflow.StatusCode, Is.EqualTo(404));
        });
    }
}
