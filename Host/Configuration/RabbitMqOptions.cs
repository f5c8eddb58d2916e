using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>The RabbitMQ broker (section "CaseFlow:RabbitMq"; environment CaseFlow__RabbitMq__Host and so on).</summary>
public sealed class RabbitMqOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:RabbitMq";

    /// <summary>Broker host name or address.</summary>
    [Required(ErrorMessage = "CaseFlow:RabbitMq:Host must name the broker host, e.g. 127.0.0.1")]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>AMQP port.</summary>
    [Range(1, 65535, ErrorMessage = "CaseFlow:RabbitMq:Port must be a TCP port (1-65535)")]
    public int Port { get; set; } = 5672;

    /// <summary>Virtual host.</summary>
    [Required(ErrorMessage = "CaseFlow:RabbitMq:VirtualHost must name the virtual host, e.g. /")]
    public string VirtualHost { get; set; } = "/";

    /// <summary>User name.</summary>
    [Required(ErrorMessage = "CaseFlow:RabbitMq:Username is required")]
    public string Username { get; set; } = "guest";

    /// <summary>Password.</summary>
    [Required(ErrorMessage = "CaseFlow:RabbitMq:Password is required")]
    public string Password { get; set; } = "guest";

    /// <summary>
    /// Declares the command queue as a quorum queue (replicated, durable; what production over a RabbitMQ cluster should use). A queue
    /// keeps the type it was declared with: switching an existing classic queue needs it deleted (drained) first.
    /// </summary>
    public bool QuorumQueues { get; set; }
}
