using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.County;

/// <summary>The county's steps are commands like any other over HTTP, and the case shows where it stands with the county.</summary>
[TestFixture]
public sealed class When_the_county_answers_over_http : HostedServiceFixture
{
    [Test]
    public async Task Should_record_the_acceptance_and_show_the_county_status()
    {
        var id = await EscalateAsync("http-county-1");

        var accepted = await CaseApi.AcceptAsync(Client, id, "county-accept", new { actor = "county-12345", countyCaseNumber = "YH12345-HTTP-1", deadline = "2026-12-04T17:00:00+08:00" });
        var listed = await Client.GetFromJsonAsync<JsonArray>("/cases?workflow=dispatch");

        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(accepted), Is.EqualTo("dispatch.CountyAccepted"));
            Assert.That(accepted["case"]!["countyStatus"]!.GetValue<string>(), Is.EqualTo("accepted"));
            Assert.That(accepted["case"]!["countyCaseNumber"]!.GetValue<string>(), Is.EqualTo("YH12345-HTTP-1"));
            Assert.That(accepted["case"]!["countyDeadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8))));
            Assert.That(accepted["permittedCommands"]!.AsArray().Select(c => c!.GetValue<string>()), Does.Contain("CountyAssign").And.Contain("CountyResolve"));
            Assert.That(listed!.Single(c => c!["id"]!.GetValue<Guid>() == id)!["countyStatus"]!.GetValue<string>(), Is.EqualTo("accepted"));
        });
    }

    [Test]
    public async Task Should_refuse_an_acceptance_without_a_deadline_naming_the_field()
    {
        var id = await EscalateAsync("http-county-2");

        var response = await CaseApi.CommandAsync(Client, id, "CountyAccept", new { actor = "county-12345", countyCaseNumber = "YH12345-HTTP-2" });
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("deadline"));
        });
    }

    private async Task<Guid> EscalateAsync(string key)
    {
        var response = await Client.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "medical-insurance",
            description = "住院医保报销三个月未到账",
            channel = "hotline",
            reporter = new { name = "钟大伯", phone = "13857880003" },
        });
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await CaseApi.AcceptAsync(Client, id, "Register", new { actor = "command-room" });
        var triaged = await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        Assert.That(triaged["case"]!["countyStatus"]!.GetValue<string>(), Is.EqualTo("escalated"));
        return id;
    }
}
