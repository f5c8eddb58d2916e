using CaseFlow.Engine.Messaging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Configuration;

/// <summary>
/// Who may send commands on the bus (section "CaseFlow:Bus"; environment CaseFlow__Bus__Senders__county12345__Positions__0 and so
/// on). Each sender — a RabbitMQ broker user, named by the AMQP user_id the broker validates, or on the in-memory bus an in-process
/// sender named by the CaseFlow-Sender header — maps to the positions it may act in, written <c>kind:id</c> (<c>system:county-12345</c>,
/// <c>office:demolition-office</c>, <c>commandRoom</c>), <c>office:*</c>/<c>leader:*</c>/<c>gridMember:*</c> for every position of
/// that kind, or <c>*</c> for every person's position (never a system, the timer pump or the reporter). Checked against the
/// organisation in workflows.json when the service starts.
/// </summary>
public sealed class BusOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Bus";

    /// <summary>Each sender's name (exactly as the broker user is spelled) and what it may act as.</summary>
    public Dictionary<string, BusSenderOptions> Senders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The in-process senders the embedded default (the in-memory bus) declares when CaseFlow:Bus:Senders names none: the demo's
    /// township gateway, relaying people's commands, and the county 12345 system (under the id the shipped workflows.json gives it;
    /// a definition without it leaves that sender with no position, and says so at start-up).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> InMemoryDefaults { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [DemoSenders.Gateway] = [SenderGrants.Everyone],
        [DemoSenders.County] = ["system:county-12345"],
    };

    /// <summary>True when <see cref="Senders"/> are <see cref="InMemoryDefaults"/>, none having been configured.</summary>
    public bool UsesInMemoryDefaults { get; private set; }

    /// <summary>Declares <see cref="InMemoryDefaults"/> as the senders.</summary>
    public void UseInMemoryDefaults()
    {
        foreach (var (sender, positions) in InMemoryDefaults)
        {
            Senders[sender] = new BusSenderOptions { Positions = [.. positions] };
        }

        UsesInMemoryDefaults = true;
    }

    /// <summary>The senders as the engine takes them.</summary>
    public BusSenders ToSenders() => new(Senders.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.Positions.ToList(), StringComparer.Ordinal));
}

/// <summary>One sender's grants (section "CaseFlow:Bus:Senders:{name}").</summary>
public sealed class BusSenderOptions
{
    /// <summary>The positions the sender may act in, as <see cref="SenderGrants"/> writes them.</summary>
    public List<string> Positions { get; set; } = [];
}

/// <summary>Checks how every grant is written, and that RabbitMQ has senders at all; the organisation is checked once it is loaded.</summary>
internal sealed class BusOptionsValidation(IOptions<CaseFlowOptions> service) : IValidateOptions<BusOptions>
{
    public ValidateOptionsResult Validate(string? name, BusOptions options)
    {
        var errors = new List<string>();
        if (options.Senders.Count == 0 && service.Value.Transport == CaseFlowOptions.RabbitMqTransport)
        {
            errors.Add($"{BusOptions.Section}:Senders maps no broker user, so every command on RabbitMQ would be refused: map each system's broker user "
                + $"to the positions it may act in, e.g. {BusOptions.Section}:Senders:county12345:Positions:0=system:county-12345");
        }

        foreach (var (sender, grants) in options.Senders)
        {
            if (grants.Positions.Count == 0)
            {
                errors.Add($"{BusOptions.Section}:Senders:{sender}:Positions lists no position; give at least one, e.g. {BusOptions.Section}:Senders:{sender}:Positions:0=system:county-12345");
            }

            for (var i = 0; i < grants.Positions.Count; i++)
            {
                if (SenderGrants.CheckWriting(grants.Positions[i]) is { } wrong)
                {
                    errors.Add($"{BusOptions.Section}:Senders:{sender}:Positions:{i} {wrong}");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
