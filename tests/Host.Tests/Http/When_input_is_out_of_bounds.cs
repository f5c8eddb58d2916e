using System.Net.Http.Json;
using CaseFlow.Engine.History;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Http;

/// <summary>Fields too long, characters that could make a display lie, and dates out of range are each a 400 naming the field.</summary>
[TestFixture]
public sealed class When_input_is_out_of_bounds : HostedServiceFixture
{
    [Test]
    public async Task Should_refuse_a_title_of_fifty_thousand_characters_saying_its_length_and_the_maximum_and_store_nothing()
    {
        var response = await Client.PostAsJsonAsync("/cases", Submission("bounds-long-title", title: new string('x', 50_000)));

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["title"]![0]!.GetValue<string>(), Does.StartWith("title is 50000 characters long; it may be at most 200"));
            Assert.That(await Factory.Services.GetRequiredService<ICaseStore>().FindByClientKeyAsync("bounds-long-title"), Is.Null);
        });
    }

    [Test]
    public async Task Should_refuse_a_right_to_left_override_naming_the_code_point_and_where()
    {
        var response = await Client.PostAsJsonAsync("/cases", Submission("bounds-rlo", title: "违建 invoice\u202Efdp.exe"));

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["title"]![0]!.GetValue<string>(), Does.StartWith("title contains U+202E RIGHT-TO-LEFT OVERRIDE at position 11; remove it"));
        });
    }

    [Test]
    public async Task Should_refuse_a_nul_in_the_client_key_without_repeating_the_key()
    {
        var response = await Client.PostAsJsonAsync("/cases", Submission("bounds\0key"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(text, Does.Contain("clientKey contains U+0000 NULL at position 7"));
            Assert.That(text, Does.Not.Contain("bounds\\u0000key"), "the refusal should not echo the key it refused");
        });
    }

    [Test]
    public async Task Should_refuse_a_zero_width_space_in_an_identifier()
    {
        var response = await Client.PostAsJsonAsync("/cases", Submission("bounds-zwsp"));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), "the control submission should be accepted");

        var hidden = await Client.PostAsJsonAsync("/cases", new
        {
            clientKey = "bounds-zwsp-2",
            actor = "grid-member-1",
            category = "illegal-construction",
            title = "违建",
            description = "村口新建铁皮棚",
            channel = "grid",
            grid = "grid\u200B-1",
        });

        var problem = await CaseApi.ProblemAsync(hidden);
        Assert.That(problem["errors"]!["grid"]![0]!.GetValue<string>(), Does.StartWith("grid contains U+200B ZERO WIDTH SPACE at position 5"));
    }

    [Test]
    public async Task Should_refuse_an_acting_as_header_too_long()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cases") { Content = JsonContent.Create(Submission("bounds-header")) };
        request.Headers.Add("X-Acting-As", new string('a', 500));

        var response = await Client.SendAsync(request);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["X-Acting-As"]![0]!.GetValue<string>(), Does.StartWith("X-Acting-As is 500 characters long; it may be at most 128"));
        });
    }

    [Test]
    public async Task Should_refuse_more_co_handlers_than_an_assignment_may_name()
    {
        var id = await CaseApi.SubmitAsync(Client, "bounds-co-handlers");
        await CaseApi.AcceptAsync(Client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Dispatch", new { actor = "command-room" });

        var response = await CaseApi.CommandAsync(Client, id, "Assign", new { actor = "armed-forces-head", coHandlers = Enumerable.Range(1, 21).Select(i => $"office-{i}").ToArray() });

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["coHandlers"]![0]!.GetValue<string>(), Does.Contain("names 21 offices").And.Contain("at most 20"));
        });
    }

    [Test]
    public async Task Should_refuse_a_deadline_in_the_year_9999_saying_the_range()
    {
        var id = await CaseApi.SubmitAsync(Client, "bounds-deadline");

        var response = await CaseApi.CommandAsync(Client, id, "Register", new { actor = "command-room", deadline = "9999-12-31T00:00:00+08:00" });

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["deadline"]![0]!.GetValue<string>(), Does.Contain("out of range").And.Contain("years 2000–2100"));
        });
    }

    [Test]
    public async Task Should_refuse_a_command_name_holding_an_override()
    {
        var id = await CaseApi.SubmitAsync(Client, "bounds-trigger");

        var response = await CaseApi.CommandAsync(Client, id, "Regi%E2%80%AEster", new { actor = "command-room" });

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["errors"]!["trigger"]![0]!.GetValue<string>(), Does.StartWith("trigger contains U+202E RIGHT-TO-LEFT OVERRIDE at position 5"));
        });
    }

    [Test]
    public async Task Should_take_a_description_with_line_breaks_and_tabs()
    {
        var response = await Client.PostAsJsonAsync("/cases", Submission("bounds-line-breaks") with { Description = "第一行\r\n第二行\t完" });

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    private static GridSubmission Submission(string key, string title = "违建") =>
        new(key, "grid-member-1", "illegal-construction", title, "村口新建铁皮棚", "grid", "grid-1", "village-1");

    private sealed record GridSubmission(string ClientKey, string Actor, string Category, string Title, string Description, string Channel, string Grid, string Village);
}
