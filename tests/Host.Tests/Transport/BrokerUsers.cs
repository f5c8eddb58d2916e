namespace CaseFlow.Host.Tests.Transport;

/// <summary>A broker user a system connects to RabbitMQ as; CaseFlow knows its messages by the user_id the broker validates.</summary>
/// <param name="Name">The user name, and the sender's name in CaseFlow:Bus:Senders.</param>
/// <param name="Password">Its password.</param>
public sealed record BrokerUser(string Name, string Password);

/// <summary>The broker users the transport tests send as: test.sh creates them (ensure_rabbitmq_user in scripts/ensure-rabbitmq.sh).</summary>
public static class BrokerUsers
{
    /// <summary>
    /// The test gateway: RabbitMQ's own guest, which the service itself connects as in the tests and which the tests map to every
    /// person's position (<c>*</c>), as a gateway relaying people's commands would be.
    /// </summary>
    public static readonly BrokerUser Gateway = new("guest", "guest");

    /// <summary>The county 12345 system's user, mapped to <c>system:county-12345</c>.</summary>
    public static readonly BrokerUser County = new("county12345", "county12345-test");

    /// <summary>食安通's user, an intake system, mapped to <c>system:shi-an-tong</c>.</summary>
    public static readonly BrokerUser Intake = new("shi-an-tong", "shi-an-tong-test");
}
