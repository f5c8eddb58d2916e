using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Http;

/// <summary>A client key names one submission: sent again it answers that case, sent with another it is a 409 that tells a stranger nothing.</summary>
[TestFixture]
public sealed class When_a_client_key_is_reused_over_http : HostedServiceFixture
{
    [Test]
    public async Task Should_answer_the_same_submission_with_its_case()
    {
        var first = await Client.PostAsJsonAsync("/cases", CaseApi.Submission("reuse-same"));
        var again = await Client.PostAsJsonAsync("/cases", CaseApi.Submission("reuse-same"));

        Assert.Multiple(async () =>
        {
            Assert.That((int)first.StatusCode, Is.EqualTo(201));
            Assert.That((int)again.StatusCode, Is.EqualTo(200));
            Assert.That(await IdAsync(again), Is.EqualTo(await IdAsync(first)));
        });
    }

    [Test]
    public async Task Should_refuse_another_submission_with_409_saying_what_differs()
    {
        var id = await CaseApi.SubmitAsync(Client, "reuse-changed");
        var changed = new
        {
            clientKey = "reuse-changed",
            actor = "grid-member-1",
            category = "illegal-construction",
            title = "违建（改）",
            description = "村口新建铁皮棚",
            channel = "grid",
            grid = "grid-1",
            village = "village-1",
        };

        var response = await Client.PostAsJsonAsync("/cases", changed);

        var problem = await CaseApi.ProblemAsync(response);
        var view = await CaseApi.GetAsync(Client, id);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(409));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("client key 'reuse-changed' was already used for another submission").And.Contain(id.ToString()).And.Contain("differs in: title"));
            Assert.That(view["case"]!["title"]!.GetValue<string>(), Is.EqualTo("违建"), "the case keeps its first submission");
        });
    }

    [Test]
    public async Task Should_refuse_the_key_from_another_submitter_without_naming_the_case()
    {
        var id = await CaseApi.SubmitAsync(Client, "reuse-stranger");
        using var stranger = Factory.CreateClientAs("grid-member-1-deputy", ["gridMember:grid-member-1"]);

        var response = await stranger.PostAsJsonAsync("/cases", CaseApi.Submission("reuse-stranger"));

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(409));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("already used for another submission, by another submitter"));
            Assert.That(problem.ToJsonString(), Does.Not.Contain(id.ToString()));
        });
    }

    private static async Task<string> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
}
