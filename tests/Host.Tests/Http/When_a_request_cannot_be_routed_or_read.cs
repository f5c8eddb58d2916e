namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// Requests that never reach an endpoint's own checks, found by the hostile-input suite: a query value that cannot be bound to its
/// parameter (a 500 in Development before), and a path or method no route takes (a text/plain page when the client accepted no JSON).
/// Each is a problem saying what was wrong.
/// </summary>
[TestFixture]
public sealed class When_a_request_cannot_be_routed_or_read : HostedServiceFixture
{
    [TestCase("/cases?limit=abc", "limit", "abc")]
    [TestCase("/cases?limit=1&limit=2", "limit", "1,2")]
    [TestCase("/audit/export?caseId=not-a-guid", "caseId", "not-a-guid")]
    [TestCase("/audit/cases/01a22bdf-1dd8-7002-9dbf-099713fe1e53/replay?personalData=maybe", "personalData", "maybe")]
    [TestCase("/admin/definitions/diff?from=1e10&to=1", "from", "1e10")]
    public async Task Should_name_the_query_value_it_cannot_read(string url, string parameter, string value)
    {
        var response = await Client.GetAsync(url);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(parameter).And.Contain(value));
        });
    }

    [TestCase("GET", "/nowhere", 404, "nothing answers GET /nowhere")]
    [TestCase("DELETE", "/cases", 405, "does not take DELETE")]
    public async Task Should_answer_a_request_no_route_takes_with_a_problem_whatever_the_client_accepts(string method, string path, int status, string detail)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");

        var response = await Client.SendAsync(request);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(detail));
        });
    }
}
