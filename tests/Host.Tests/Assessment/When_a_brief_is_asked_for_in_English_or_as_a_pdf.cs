using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Assessment;

/// <summary>
/// The API's briefs under the briefs' settings: in English when CaseFlow:Briefs:Language is en; as a PDF printed by the service's
/// Chromium (/usr/bin/chromium, present where the test script installed it); and, with CaseFlow:Briefs:Chromium naming no file,
/// a PDF refused with 501 saying how to enable it.
/// </summary>
[TestFixture]
public sealed class When_a_brief_is_asked_for_in_English_or_as_a_pdf
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task Should_write_the_brief_in_English_when_the_setting_says_en()
    {
        await using var service = await ServiceAsync(new() { ["CaseFlow:Briefs:Language"] = "en" });

        var markdown = await service.Client.GetStringAsync("/briefs/weekly?platform=governance&week=2025-03-05");
        var html = await service.Client.GetStringAsync("/briefs/weekly?platform=governance&week=2025-03-05&format=html");

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("# Cases of the week 2025-03-03 to 2025-03-09").And.Contain("## Cases received").And.Contain("## Problems and measures"));
            Assert.That(markdown, Does.Not.Contain("## 概况").And.Not.Contain("受理案件"), "no Chinese heading beside the English");
            Assert.That(html, Does.Contain("<html lang=\"en\">"));
        });
    }

    [Test]
    public async Task Should_print_the_brief_to_pdf_with_the_services_chromium()
    {
        Assert.That(File.Exists("/usr/bin/chromium"), Is.True, "the service finds Chromium at /usr/bin/chromium (the test script installs it); a missing browser fails here, never skips");
        await using var service = await ServiceAsync([]);

        using var response = await service.Client.GetAsync("/briefs/monthly?month=2025-03&format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
            Assert.That(Directory.GetDirectories(Path.GetTempPath(), "caseflow-brief-*"), Is.Empty, "its temporary folder removed");
        });
    }

    [Test]
    public async Task Should_refuse_a_pdf_with_501_saying_how_to_enable_it_when_there_is_no_chromium()
    {
        await using var service = await ServiceAsync(new() { ["CaseFlow:Briefs:Chromium"] = "/nonexistent/chromium" });

        using var response = await service.Client.GetAsync("/briefs/monthly?month=2025-03&format=pdf");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("CaseFlow:Briefs:Chromium").And.Contain("apt-get install chromium"));
        });
    }

    private static async Task<Service> ServiceAsync(Dictionary<string, string?> settings)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var factory = new CaseFlowFactory(database, settings, new FakeTimeProvider(Monday));
        var client = factory.CreateClient();
        await CaseApi.SubmitAsync(client, "brief-setting-1", "neighbour-dispute");
        return new Service(database, factory, client);
    }

    private sealed record Service(string Database, CaseFlowFactory Factory, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
            CaseFlowFactory.DeleteDatabase(Database);
        }
    }
}
