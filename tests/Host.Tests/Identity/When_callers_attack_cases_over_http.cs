using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// The attacks of issue 13, over HTTP, each refused with nothing changed: nobody walks a case without a position; a position named in
/// the body or a header that the caller's token does not carry is 403; a position the caller holds but the definition does not admit
/// for the step is 403 naming who may; the supervision steps are the timer pump's alone. What is accepted records the signed-in
/// identity and the position it acted in.
/// </summary>
[TestFixture]
public sealed class When_callers_attack_cases_over_http : HostedServiceFixture
{
    [Test]
    public async Task Should_refuse_mallory_at_every_step()
    {
        using var mallory = Factory.CreateClientAs("mallory", []);
        using var anonymous = Factory.CreateAnonymousClient();
        var id = await CaseApi.SubmitAsync(Client, "attack-mallory-1");

        var submit = await mallory.PostAsJsonAsync("/cases", CaseApi.Submission("attack-mallory-2"));
        var asMallory = await CaseApi.CommandAsync(mallory, id, "Register", new { actor = "mallory" });
        var asCommandRoom = await CaseApi.CommandAsync(mallory, id, "Register", new { actor = "command-room" });
        var asSystem = await CaseApi.CommandAsync(mallory, id, "Register", new { actor = "system" });
        var withoutToken = await CaseApi.CommandAsync(anonymous, id, "Register", new { actor = "command-room" });

        Assert.Multiple(async () =>
        {
            Assert.That((int)submit.StatusCode, Is.EqualTo(403));
            Assert.That((int)asMallory.StatusCode, Is.EqualTo(403));
            Assert.That((int)asCommandRoom.StatusCode, Is.EqualTo(403));
            Assert.That((int)asSystem.StatusCode, Is.EqualTo(403));
            Assert.That((await CaseApi.ProblemAsync(asCommandRoom))["detail"]!.GetValue<string>(), Does.Contain("'mallory' holds no position"));
            Assert.That((int)withoutToken.StatusCode, Is.EqualTo(401));
            Assert.That(CaseApi.Position(await CaseApi.GetAsync(Client, id)), Is.EqualTo("receive.Submitted"));
        });
    }

    [Test]
    public async Task Should_refuse_an_office_claiming_the_command_room_in_the_body_or_a_header()
    {
        using var office = Factory.CreateClientAs("demolition-clerk", ["office:demolition-office"]);
        var id = await CaseApi.SubmitAsync(Client, "attack-claim-1");
        using var byHeader = new HttpRequestMessage(HttpMethod.Post, $"/cases/{id}/commands/Register") { Content = JsonContent.Create(new { note = "登记" }) };
        byHeader.Headers.Add("X-Acting-As", "commandRoom");

        var inBody = await CaseApi.CommandAsync(office, id, "Register", new { actor = "command-room" });
        var inHeader = await office.SendAsync(byHeader);
        var problem = await CaseApi.ProblemAsync(inBody);

        Assert.Multiple(async () =>
        {
            Assert.That((int)inBody.StatusCode, Is.EqualTo(403));
            Assert.That((int)inHeader.StatusCode, Is.EqualTo(403));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("may not act as 'command-room'").And.Contain("office:demolition-office"));
            Assert.That(CaseApi.Position(await CaseApi.GetAsync(Client, id)), Is.EqualTo("receive.Submitted"));
        });
    }

    [Test]
    public async Task Should_refuse_an_office_signing_for_another_offices_case_naming_who_may()
    {
        var id = await AssignedAsync("attack-sign-1");
        using var otherOffice = Factory.CreateClientAs("five-waters-clerk", ["office:five-waters-office"]);

        var response = await CaseApi.CommandAsync(otherOffice, id, "SignFor", new { });
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Not permitted"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("leadOffice").And.Contain("demolition-office").And.Contain("'five-waters-office' (office) may not"));
            Assert.That(CaseApi.Position(await CaseApi.GetAsync(Client, id)), Is.EqualTo("dispatch.AssignedToOffice"));
        });
    }

    [Test]
    public async Task Should_refuse_the_lead_office_rating_its_own_case()
    {
        var id = await AssignedAsync("attack-rate-1");
        await CaseApi.AcceptAsync(Client, id, "SignFor", new { actor = "demolition-office" });
        await CaseApi.AcceptAsync(Client, id, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(Client, id, "FeedBack", new { actor = "command-room", note = "已拆除" });
        await CaseApi.AcceptAsync(Client, id, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
        using var leadOffice = Factory.CreateClientAs("demolition-head", ["office:demolition-office"]);

        var response = await CaseApi.CommandAsync(leadOffice, id, "Rate", new { rating = "satisfied" });
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("commandRoom"));
            Assert.That(CaseApi.Position(await CaseApi.GetAsync(Client, id)), Is.EqualTo("assess.AwaitingRating"));
        });
    }

    [Test]
    public async Task Should_refuse_anyone_but_the_county_playing_the_county()
    {
        var id = await EscalatedAsync("attack-county-1");
        using var office = Factory.CreateClientAs("petition-clerk", ["office:petition-office"]);
        using var commandRoom = Factory.CreateClientAs("duty-officer", ["commandRoom"]);
        var accept = new { actor = "county-12345", countyCaseNumber = "YH-FORGED", deadline = "2026-12-04T17:00:00+08:00" };

        var officeNamingTheCounty = await CaseApi.CommandAsync(office, id, "CountyAccept", accept);
        var commandRoomAsItself = await CaseApi.CommandAsync(commandRoom, id, "CountyAccept", accept with { actor = "command-room" });

        Assert.Multiple(async () =>
        {
            Assert.That((int)officeNamingTheCounty.StatusCode, Is.EqualTo(403));
            Assert.That((int)commandRoomAsItself.StatusCode, Is.EqualTo(403));
            Assert.That((await CaseApi.ProblemAsync(commandRoomAsItself))["detail"]!.GetValue<string>(), Does.Contain("county"));
            Assert.That(CaseApi.Position(await CaseApi.GetAsync(Client, id)), Is.EqualTo("dispatch.EscalatedToCounty"));
        });
    }

    [TestCase("Warn", "command-room")]
    [TestCase("MarkOverdue", "command-room")]
    [TestCase("MarkOverdue", "system")]
    [TestCase("Warn", "armed-forces-head")]
    public async Task Should_refuse_supervision_steps_on_a_case_being_handled_whoever_sends_them(string trigger, string actor)
    {
        var id = await AssignedAsync($"attack-{trigger}-{actor}");
        await CaseApi.AcceptAsync(Client, id, "SignFor", new { actor = "demolition-office" });
        var before = await CaseApi.GetAsync(Client, id);

        var response = await CaseApi.CommandAsync(Client, id, trigger, new { actor, reason = "逾期", note = "forged" });
        var after = await CaseApi.GetAsync(Client, id);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That(after["case"]!["version"]!.GetValue<long>(), Is.EqualTo(before["case"]!["version"]!.GetValue<long>()));
        });
    }

    [Test]
    public async Task Should_refuse_urging_sign_for_or_the_county_as_the_timer_pump_does()
    {
        var assigned = await AssignedAsync("attack-urge-sign-for");
        var escalated = await EscalatedAsync("attack-urge-county");
        using var county = Factory.CreateClientAs("county-gateway", ["system:county-12345"]);
        await CaseApi.AcceptAsync(county, escalated, "CountyAccept", new { countyCaseNumber = "YH12345-9", deadline = "2026-12-04T17:00:00+08:00" });

        var urgeSignFor = await CaseApi.CommandAsync(Client, assigned, "UrgeSignFor", new { actor = "command-room" });
        var urgeCounty = await CaseApi.CommandAsync(Client, escalated, "UrgeCounty", new { actor = "command-room" });
        var urgeCountyAsCounty = await CaseApi.CommandAsync(county, escalated, "UrgeCounty", new { });

        Assert.Multiple(async () =>
        {
            Assert.That((int)urgeSignFor.StatusCode, Is.EqualTo(403));
            Assert.That((await CaseApi.ProblemAsync(urgeSignFor))["detail"]!.GetValue<string>(), Does.Contain("timer pump"));
            Assert.That((int)urgeCounty.StatusCode, Is.EqualTo(403));
            Assert.That((int)urgeCountyAsCounty.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Should_record_the_signed_in_identity_and_the_position_it_acted_in()
    {
        var id = await CaseApi.SubmitAsync(Client, "attack-recorded-1");
        using var chen = Factory.CreateClientAs("duty-officer-chen", ["commandRoom", "office:party-government-office"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/cases/{id}/commands/Register") { Content = JsonContent.Create(new { note = "登记" }) };
        request.Headers.Add("X-Acting-As", "commandRoom:command-room");

        var response = await chen.SendAsync(request);
        var registered = (await CaseApi.GetAsync(Client, id))["history"]!.AsArray().Last()!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(registered["actor"]!.GetValue<string>(), Is.EqualTo("command-room"));
            Assert.That(registered["actorKind"]!.GetValue<string>(), Is.EqualTo("commandRoom"));
            Assert.That(registered["identity"]!.GetValue<string>(), Is.EqualTo("duty-officer-chen"));
        });
    }

    [Test]
    public async Task Should_refuse_a_header_and_a_body_naming_different_positions()
    {
        var id = await CaseApi.SubmitAsync(Client, "attack-two-names-1");
        using var chen = Factory.CreateClientAs("duty-officer-chen", ["commandRoom", "office:party-government-office"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/cases/{id}/commands/Register") { Content = JsonContent.Create(new { actor = "party-government-office" }) };
        request.Headers.Add("X-Acting-As", "command-room");

        var response = await chen.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    /// <summary>An illegal-construction case assigned by the enforcement platform's coordinator to the demolition office.</summary>
    private async Task<Guid> AssignedAsync(string key)
    {
        var id = await CaseApi.SubmitAsync(Client, key);
        await CaseApi.AcceptAsync(Client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Dispatch", new { actor = "command-room" });
        var assigned = await CaseApi.AcceptAsync(Client, id, "Assign", new { actor = "armed-forces-head" });
        Assert.That(assigned["case"]!["leadOffice"]!.GetValue<string>(), Is.EqualTo("demolition-office"));
        return id;
    }

    /// <summary>A medical-insurance case the command room sent on to the county.</summary>
    private async Task<Guid> EscalatedAsync(string key)
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
        await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        return id;
    }
}
