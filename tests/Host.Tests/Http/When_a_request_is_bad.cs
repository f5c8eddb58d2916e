using System.Net.Http.Json;
using System.Text;

namespace CaseFlow.Host.Tests.Http;

[TestFixture]
public sealed class When_a_request_is_bad : HostedServiceFixture
{
    [Test]
    public async Task Should_name_every_missing_field_of_a_submission()
    {
        var response = await Client.PostAsJsonAsync("/cases", new { actor = "command-room", channel = "hotline" });
        var problem = await CaseApi.ProblemAsync(response);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(errors, Is.SupersetOf(new[] { "clientKey", "category", "description", "reporter" }));
        });
    }

    [Test]
    public async Task Should_refuse_malformed_json_with_a_problem()
    {
        var response = await Client.PostAsync("/cases", new StringContent("{\"clientKey\": ", Encoding.UTF8, "application/json"));
        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("not a valid SubmitCase"));
        });
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task Should_refuse_a_body_that_is_not_sent_as_json(string contentType)
    {
        var response = await Client.PostAsync("/cases", new StringContent("{\"clientKey\": \"form-1\"}", Encoding.UTF8, contentType));

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(415));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("application/json").And.Contain(contentType));
        });
    }

    [Test]
    public async Task Should_refuse_a_null_co_handler_naming_where_it_is()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-null-co-handler");

        await CaseApi.AcceptAsync(Client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Dispatch", new { actor = "command-room" });

        var response = await CaseApi.CommandAsync(Client, id, "Assign", new { actor = "armed-forces-head", coHandlers = new string?[] { null } });

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["coHandlers"]![0]!.GetValue<string>(), Does.Contain("office id"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_field_naming_it()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-unknown-field");
        var response = await CaseApi.CommandAsync(Client, id, "Register", new { actor = "command-room", priorty = "urgent" });
        var problem = await CaseApi.ProblemAsync(response);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("priorty"));
    }

    [Test]
    public async Task Should_refuse_a_command_the_state_does_not_permit_and_change_nothing()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-not-permitted");
        var before = await CaseApi.GetAsync(Client, id);
        var response = await CaseApi.CommandAsync(Client, id, "Complete", new { actor = "demolition-office", result = "done" });
        var problem = await CaseApi.ProblemAsync(response);
        var after = await CaseApi.GetAsync(Client, id);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(409));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("receive.Submitted").And.Contain("Register"));
            Assert.That(after["case"]!["version"]!.GetValue<long>(), Is.EqualTo(before["case"]!["version"]!.GetValue<long>()));
            Assert.That(CaseApi.Position(after), Is.EqualTo("receive.Submitted"));
        });
    }

    [Test]
    public async Task Should_refuse_a_command_missing_its_data_with_the_field()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-missing-reason");
        var response = await CaseApi.CommandAsync(Client, id, "MarkInvalid", new { actor = "command-room" });
        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("reason"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_command_listing_the_known_ones()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-unknown-command");
        var response = await CaseApi.CommandAsync(Client, id, "Teleport", new { actor = "command-room" });
        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Teleport").And.Contain("SignFor"));
        });
    }

    [Test]
    public async Task Should_ask_a_caller_holding_several_positions_which_one_acts()
    {
        var id = await CaseApi.SubmitAsync(Client, "bad-no-actor");
        using var both = Factory.CreateClientAs("duty-officer-chen", ["commandRoom", "office:party-government-office"]);

        var response = await CaseApi.CommandAsync(both, id, "Register", new { note = "x" });
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("X-Acting-As").And.Contain("actor").And.Contain("commandRoom:command-room"));
        });
    }

    [Test]
    public async Task Should_answer_404_for_an_unknown_case()
    {
        var response = await Client.GetAsync($"/cases/{Guid.NewGuid()}");
        var problem = await CaseApi.ProblemAsync(response);
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo(404));
    }
}
