namespace CaseFlow.Host.Tests.Health;

/// <summary>A CaseFlow:Health setting out of its bounds stops the start, naming the setting and what it accepts.</summary>
[TestFixture]
public sealed class When_health_settings_are_out_of_range
{
    [TestCase("OutboxBacklog", "0", "between 1 and 100000000")]
    [TestCase("TimerLag", "00:00:00", "between 00:00:01 and 1.00:00:00")]
    [TestCase("CheckTimeout", "00:01:00", "between 00:00:00.100 and 00:00:30")]
    public async Task Should_refuse_to_start(string setting, string value, string accepted)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            await using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [$"CaseFlow:Health:{setting}"] = value });

            var refusal = factory.StartupRefusal();

            Assert.That(refusal.Message, Does.Contain($"CaseFlow:Health:{setting} must be {accepted}"));
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
