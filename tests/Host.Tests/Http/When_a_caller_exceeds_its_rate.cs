namespace CaseFlow.Host.Tests.Http;

/// <summary>Each identity has its own allowance of requests; past it, a 429 problem with Retry-After, and other callers are still served.</summary>
[TestFixture]
public sealed class When_a_caller_exceeds_its_rate : HostedServiceFixture
{
    private const int Allowance = 4;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["CaseFlow:RateLimit:PermitLimit"] = Allowance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CaseFlow:RateLimit:Window"] = "00:10:00",
    };

    [Test]
    public async Task Should_answer_429_with_retry_after_past_the_allowance_and_keep_serving_others()
    {
        using var busy = Factory.CreateClientAs("busy-reader", []);
        using var other = Factory.CreateClientAs("other-reader", []);
        var answers = new List<int>();
        for (var i = 0; i < Allowance; i++)
        {
            answers.Add((int)(await busy.GetAsync("/workflows")).StatusCode);
        }

        var refused = await busy.GetAsync("/workflows");
        var otherAnswer = await other.GetAsync("/workflows");

        var problem = await CaseApi.ProblemAsync(refused);
        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo(200));
            Assert.That((int)refused.StatusCode, Is.EqualTo(429));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"more than {Allowance} requests").And.Contain("CaseFlow:RateLimit"));
            Assert.That((int)otherAnswer.StatusCode, Is.EqualTo(200), "another identity has its own allowance");
        });
    }
}
