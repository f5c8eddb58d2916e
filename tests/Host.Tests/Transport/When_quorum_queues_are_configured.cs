namespace CaseFlow.Host.Tests.Transport;

/// <summary>Production over a RabbitMQ cluster declares the command queue as a quorum queue; the embedded default stays classic.</summary>
[TestFixture]
public sealed class When_quorum_queues_are_configured
{
    [TestCase(true, "quorum")]
    [TestCase(false, "classic")]
    public async Task Should_declare_the_command_queue_with_the_configured_type(bool quorum, string expected)
    {
        using var broker = RabbitMqBroker.CreateVirtualHost();
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            var settings = broker.Settings();
            settings["CaseFlow:RabbitMq:QuorumQueues"] = quorum ? "true" : "false";
            await using (var factory = new CaseFlowFactory(database, settings))
            {
                factory.CreateClient().Dispose();
            }

            var type = RabbitMqBroker.Ctl($"list_queues -p {broker.VirtualHost} name type")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t'))
                .Where(f => f[0] == "caseflow-commands")
                .Select(f => f[1].Trim())
                .SingleOrDefault();
            Assert.That(type, Is.EqualTo(expected));
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
