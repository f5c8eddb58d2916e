using CaseFlow.Contracts.Events;
using CaseFlow.Engine;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Wire;

/// <summary>
/// The words of the AsyncAPI document about the conversation: how a caller talks to CaseFlow, and a line per channel and message
/// derived from the contract's role and namespace. What a contract and each of its properties mean is the contract's own doc comment
/// (<see cref="ContractDocumentation"/>), never restated here.
/// </summary>
public static class WireConversation
{
    private const string Queue = CaseFlowEngineExtensions.CommandQueue;
    private const string Error = AsyncApiDocument.ErrorQueue;

    /// <summary>The server's description: what to connect to, and as whom.</summary>
    public const string Server = "RabbitMQ as the service's settings name it (CaseFlow:RabbitMq:Host, Port, VirtualHost; "
        + "defaults 127.0.0.1, 5672, /). Every exchange and queue below lives in that virtual host. Each system connects as a broker "
        + "user of its own, which the operator creates and maps, in CaseFlow:Bus:Senders, to the positions it may act in.";

    /// <summary>The description of the broker user security scheme.</summary>
    public const string BrokerUser = "The system's own RabbitMQ user (user name and password, AMQP PLAIN). Every command it publishes "
        + "carries that user name as its AMQP user_id property: the broker refuses any other, and CaseFlow knows the sender by it.";

    /// <summary>The description of the command queue's exchange.</summary>
    public const string CommandQueueChannel = $"The exchange {Queue}, bound to the queue {Queue} that CaseFlow consumes every command from. "
        + "It accepts any command; the envelope's messageType says which.";

    /// <summary>The description of the error queue.</summary>
    public static string ErrorQueueChannel { get; } = $"The queue {Error}: commands that could not be consumed (unreadable, of an unknown type, "
        + $"larger than {CaseFlowEngineExtensions.MaxCommandBytes} bytes, or missing required data) or refused because of who sent them "
        + "(no user_id, a user CaseFlow:Bus:Senders does not map, an actor the sender may not act as, a position the definition does not "
        + "let send it), each already answered with CaseCommandRejected. For operators; MassTransit declares it when the first message is moved.";

    /// <summary>The conversation, for the document's info: exchanges, envelope, replies, errors, idempotency and allowed values.</summary>
    public static string Description(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Conversation + $"""


            **Allowed values.** Where a field's values form a closed set its schema lists them (`enum`): the channels, priorities,
            ratings, feedback outcomes and jurisdictions CaseFlow knows, and the category, platform, office, village and grid ids
            of the definition `{definition.Id}` this document was generated from (workflows.json). A value outside the set is
            refused like any wrong field; when the township publishes a definition with other ids, the document generated from it
            lists them.
            """;
    }

    private static string Conversation => $"""
        CaseFlow runs a township's cases through their closed loop. Other systems drive cases with commands and follow them
        through events: MassTransit JSON envelopes over RabbitMQ (AMQP 0-9-1), content type `{AsyncApiDocument.ContentType}`.

        **Connecting, and who you are.** Each system connects to the broker as a user of its own (an operator creates it and
        maps it, in `CaseFlow:Bus:Senders`, to the positions it may act in: `system:county-12345` for the county 12345 system,
        `system:shi-an-tong` for an intake system, `office:*` or `*` for a gateway relaying people's commands). Every command must
        carry the AMQP `user_id` property set to that user name: RabbitMQ checks it against the connection and closes the channel
        (`406 PRECONDITION_FAILED`) on any other, so CaseFlow knows truly who sent it. The command's `actor` then says which of
        the sender's positions it acts in (it may be left empty when the sender holds one); the county's messages, which have
        no `actor`, act in the sender's county position. Nobody acts as the reporter or the timer pump on the bus. Each event
        records the sender as its identity, `broker:<user>`.

        **Sending a command.** Publish the envelope (schema `Envelope`, the contract in `message`) as a persistent message with
        content type `{AsyncApiDocument.ContentType}` and an empty routing key, either to the command's own exchange
        (`Namespace:TypeName`, e.g. `CaseFlow.Contracts.Commands:SubmitCase`) or to the exchange `{Queue}`, which accepts any
        command. Both are fanout and durable, and CaseFlow declares them when it starts. A command body may be at most
        {CaseFlowEngineExtensions.MaxCommandBytes} bytes (256 KiB).

        **Learning a new case's id.** `SubmitCase` carries the caller's `clientKey`; CaseFlow assigns the case id and publishes
        `CaseReceived` with both. Every later command names the case by `caseId`.

        **Following cases.** Bind a queue of your own to an event's exchange (fanout, durable: declare it with exactly those
        arguments if CaseFlow has not published that event yet). Every accepted command publishes `CaseStateChanged`
        (`from` → `to`, as `workflow.state`), plus the events its transition causes.

        **Refusals.** A command the case's state does not permit, whose data is missing or wrong, or whose sender may not send
        it changes nothing and is answered with `CaseCommandRejected` (published on its exchange, with the reason and what would
        be right). A command
        sent as a request (`requestId`, optionally `responseAddress`) also gets `CaseCommandAccepted` or `CaseCommandRejected` as
        its reply, sent to `responseAddress`, or published on the reply's exchange when none is given.

        **Malformed and refused messages.** A message that is unreadable (not JSON, a field of the wrong type), of an unknown
        `messageType`, over the size limit, or missing required data is rejected as above and moved to the queue `{Error}`,
        unchanged but for its `user_id` (kept in the header `CaseFlow-UserId`), with the reason in its headers `MT-Fault-Message`,
        `MT-Fault-ExceptionType` and `MT-Reason`; so is one with a field out of bounds (longer than the schema's `maxLength`,
        more items than its `maxItems`, a control, bidirectional or zero-width character where it may not be, a date outside the
        years 2000–2100), its rejection naming each such field. So is a message refused because of who sent it: one without `user_id`, from
        a user `CaseFlow:Bus:Senders` does not map, claiming an `actor` its sender may not act as (a county message from a
        sender without the county's position among them), or from a position the definition does not let send that command
        there (`MT-Fault-ExceptionType` `CommandRefusedException`; the reason names who may).

        **Idempotency.** Delivery is at least once. A message sent again with the same `messageId` has one effect, and a
        `SubmitCase` sent again with the same `clientKey` creates one case (whatever its `messageId`); the same key sent with
        another submission (any field different, or another sender) is rejected: a key names one submission.
        """;

    /// <summary>The description of a command's own exchange: what the command does, and where the exchange leads.</summary>
    public static string CommandChannel(Type command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return $"{command.Name}: {ContractDocumentation.Of(command)} The exchange for {command.Name}, bound to the queue {Queue}.";
    }

    /// <summary>The description of an event's exchange: what the event says, and how to receive it.</summary>
    public static string EventChannel(Type published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return $"{published.Name}: {ContractDocumentation.Of(published)} CaseFlow publishes it here; bind a queue of your own to receive it.";
    }

    /// <summary>A message's one-line summary, from its role and namespace.</summary>
    public static string Summary(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract == typeof(CaseCommandRejected))
        {
            return "Event: a command was refused and nothing changed. Published for every refusal, and the reply to a request.";
        }

        if (contract == typeof(CaseCommandAccepted))
        {
            return "Reply: a requested command was applied. Sent to the request's responseAddress, or published when it names none.";
        }

        var role = WireContracts.Commands.Contains(contract) ? "Command" : "Event";
        var area = WireContracts.Area(contract) == "County" ? " Between the township and the county 12345 system." : "";
        var what = role == "Command"
            ? $"send it to {WireContracts.EntityName(contract)} or {Queue}."
            : $"CaseFlow publishes it to {WireContracts.EntityName(contract)}.";
        return $"{role} {contract.Name}: {what}{area}";
    }
}
