using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests.Startup;

[TestFixture]
public sealed class When_request_limits_are_configured_wrongly
{
    [TestCase("CaseFlow:RateLimit:PermitLimit", "0")]
    [TestCase("CaseFlow:RateLimit:Window", "00:00:00")]
    [TestCase("CaseFlow:Limits:RequestBody", "10")]
    [TestCase("CaseFlow:Limits:DefinitionBody", "1099511627776")]
    public void Should_refuse_to_start_naming_the_setting(string setting, string value)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [setting] = value });

        var error = factory.StartupRefusal();

        Assert.That(error!.Message, Does.Contain(setting));
        CaseFlowFactory.DeleteDatabase(database);
    }
}
