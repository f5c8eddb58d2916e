namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>A telemetry setting that cannot work stops the start, naming the setting and what would be right.</summary>
[TestFixture]
public sealed class When_telemetry_settings_are_wrong
{
    [TestCase("CaseFlow:Telemetry:OtlpProtocol", "carrier-pigeon", "CaseFlow:Telemetry:OtlpProtocol must be grpc or http/protobuf")]
    [TestCase("CaseFlow:Telemetry:OtlpEndpoint", "ftp://collector:4317", "CaseFlow:Telemetry:OtlpEndpoint must be an http(s) address such as http://127.0.0.1:4317")]
    [TestCase("CaseFlow:Telemetry:ServiceName", " ", "CaseFlow:Telemetry:ServiceName must be 1 to 100 characters")]
    public void Should_stop_the_start_saying_what_would_be_right(string setting, string value, string message)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [setting] = value });

        var refusal = Assert.Catch(() => factory.CreateClient());

        Assert.That(refusal!.ToString(), Does.Contain(message));
        CaseFlowFactory.DeleteDatabase(database);
    }
}
