using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Http;

[TestFixture]
public sealed class When_workflows_are_read : HostedServiceFixture
{
    [Test]
    public async Task Should_list_the_six_closed_loop_workflows_with_the_version()
    {
        var body = JsonNode.Parse(await Client.GetStringAsync("/workflows"))!;
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
        var text = await Client.GetStringAsync($"/workflows/handle/diagram?format={format}");
        Assert.Multiple(() =>
        {
            Assert.That(text.TrimStart(), Does.StartWith(opening));
            Assert.That(text, Does.Contain("ExtensionRequested").And.Contain("Complete"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_format_and_workflow()
    {
        var format = await Client.GetAsync("/workflows/handle/diagram?format=png");
        var workflow = await Client.GetAsync("/workflows/nothing/diagram");
        Assert.Multiple(() =>
        {
            Assert.That((int)format.StatusCode, Is.EqualTo(400));
            Assert.That((int)workflow.StatusCode, Is.EqualTo(404));
        });
    }
}
