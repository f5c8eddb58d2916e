using System.Net.Http.Json;

namespace CaseFlow.Host.Tests.Http;

/// <summary>Callers without a token are counted by address: repeated sign-in attempts from one place run out.</summary>
[TestFixture]
public sealed class When_anonymous_callers_exceed_their_rate : HostedServiceFixture
{
    private const int Allowance = 4;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["CaseFlow:RateLimit:PermitLimit"] = Allowance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CaseFlow:RateLimit:Window"] = "00:10:00",
    };

    [Test]
    public async Task Should_count_anonymous_callers_by_address()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var answers = new List<int>();
        for (var i = 0; i <= Allowance * 2; i++)
        {
            answers.Add((int)(await anonymous.PostAsJsonAsync("/auth/token", new { userName = "nobody-at-all", password = "wrong-password" })).StatusCode);
        }

        Assert.That(answers, Does.Contain(429), "repeated sign-in attempts from one address should be limited");
        Assert.That(answers.TakeWhile(a => a != 429), Is.All.EqualTo(401));
    }
}
