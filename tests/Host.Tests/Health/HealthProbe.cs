using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Health;

/// <summary>Reads /health/live and /health/ready as a load balancer's probe would: no token, status code and JSON body.</summary>
internal static class HealthProbe
{
    /// <summary>Tuesday 3 June 2025, 10:00 in China: the shipped calendar declares this year and the next.</summary>
    public static readonly DateTimeOffset In2025 = new(2025, 6, 3, 2, 0, 0, TimeSpan.Zero);

    public static async Task<Reading> ReadAsync(HttpClient client, string path = "/health/ready")
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return new Reading((int)response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);
    }

    /// <summary>Probes until <paramref name="until"/> holds or the bound passes, and returns the last reading either way.</summary>
    public static async Task<Reading> UntilAsync(HttpClient client, Func<Reading, bool> until, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (true)
        {
            var reading = await ReadAsync(client);
            if (until(reading) || DateTime.UtcNow > deadline)
            {
                return reading;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>One answer: the HTTP status, the body and its text (for assertion messages).</summary>
    internal sealed record Reading(int Code, JsonObject Body, string Text)
    {
        public string Status => Body["status"]!.GetValue<string>();

        public string StatusOf(string check) => Body["checks"]?[check]?["status"]?.GetValue<string>() ?? "(missing)";

        public string DescriptionOf(string check) => Body["checks"]?[check]?["description"]?.GetValue<string>() ?? "(missing)";

        public IReadOnlyList<string> Checks => Body["checks"]?.AsObject().Select(c => c.Key).ToList() ?? [];

        public override string ToString() => $"{Code} {Text}";
    }
}
