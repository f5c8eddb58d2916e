using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>CaseFlow:Bus:Senders is checked when the service starts: a mistake stops it, naming the setting and what would be right.</summary>
[TestFixture]
public sealed class When_bus_senders_are_configured_wrongly
{
    [Test]
    public void Should_refuse_a_position_the_organisation_does_not_declare_naming_it()
    {
        var error = StartWith(new() { ["CaseFlow:Bus:Senders:shi-an-tong:Positions:0"] = "system:shi-an-tong-2" });
        Assert.That(error.Message, Does.Contain("CaseFlow:Bus:Senders:shi-an-tong:Positions:0 'system:shi-an-tong-2' names no system of the organisation").And.Contain("system:shi-an-tong"));
    }

    [TestCase("reporter", "names the reporter")]
    [TestCase("system", "names CaseFlow's timer pump")]
    [TestCase("system:*", "name each system")]
    public void Should_refuse_a_position_no_sender_may_hold(string position, string why)
    {
        var error = StartWith(new() { ["CaseFlow:Bus:Senders:gateway:Positions:0"] = position });
        Assert.That(error.Message, Does.Contain("CaseFlow:Bus:Senders:gateway:Positions:0").And.Contain(why));
    }

    [Test]
    public void Should_refuse_rabbitmq_with_no_sender_mapped()
    {
        var error = StartWith(new() { ["CaseFlow:Transport"] = "RabbitMq" });
        Assert.That(error.Message, Does.Contain("CaseFlow:Bus:Senders maps no broker user").And.Contain("CaseFlow:Bus:Senders:county12345:Positions:0=system:county-12345"));
    }

    private static OptionsValidationException StartWith(Dictionary<string, string?> settings)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            using var factory = new CaseFlowFactory(database, settings);
            return factory.StartupRefusal();
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
