namespace CaseFlow.Host.Tests.Http;

/// <summary>Dates outside the years 2000–2100 and periods too long to read whole are a 400 saying what is allowed, never a 500.</summary>
[TestFixture]
public sealed class When_periods_are_out_of_range : HostedServiceFixture
{
    [TestCase("/audit/export?from=0001-01-01&to=9999-12-31", "years 2000–2100")]
    [TestCase("/audit/export?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "at most 366 days")]
    [TestCase("/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "must come after from")]
    [TestCase("/audit/disclosures?from=0001-01-01&to=2026-01-01", "years 2000–2100")]
    [TestCase("/audit/disclosures?from=2020-01-01&to=2026-01-01", "at most 366 days")]
    [TestCase("/briefs/monthly?month=0001-01", "years 2000–2100")]
    [TestCase("/briefs/monthly?month=9999-12", "years 2000–2100")]
    [TestCase("/briefs/weekly?platform=governance&week=0001-01-03", "years 2000–2100")]
    [TestCase("/assessment/indicators?from=0001-01-01&to=9999-12-31", "years 2000–2100")]
    [TestCase("/assessment/indicators?from=2024-01-01&to=2026-01-01", "at most 366 days")]
    [TestCase("/assessment/territorial?year=1999", "years 2000–2100")]
    [TestCase("/assessment/indicators?from=2026-01-01&to=2026-02-01&asOf=0001-01-01T00:00:00Z", "years 2000–2100")]
    public async Task Should_answer_400_saying_the_allowed_range(string path, string says)
    {
        var response = await Client.GetAsync(path);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400), problem.ToJsonString());
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(says));
        });
    }

    [Test]
    public async Task Should_answer_an_instant_out_of_range_in_an_as_of_replay_with_400()
    {
        var id = await CaseApi.SubmitAsync(Client, "period-as-of");

        var response = await Client.GetAsync($"/audit/cases/{id}/as-of?at=0001-01-01T00:00:00Z");

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith("at (0001-01-01").And.Contain("years 2000–2100"));
        });
    }

    [TestCase("/audit/export?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z")]
    [TestCase("/assessment/indicators?from=2026-01-01&to=2027-01-01")]
    public async Task Should_answer_a_year_long_period(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }
}
