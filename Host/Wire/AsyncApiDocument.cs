using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine;
using CaseFlow.Host.Admin;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Wire;

/// <summary>
/// CaseFlow's wire format as an AsyncAPI 2.6.0 document, built from the contracts (their doc comments describe them), the engine's
/// endpoint settings and vocabulary, and a definition (the ids it declares are the values those fields may take), so that the
/// committed <c>docs/asyncapi.json</c> can be regenerated, and checked, rather than maintained by hand.
/// </summary>
public static class AsyncApiDocument
{
    /// <summary>The content type of every CaseFlow message: MassTransit's JSON envelope.</summary>
    public const string ContentType = "application/vnd.masstransit+json";

    /// <summary>The queue MassTransit moves a command to when it cannot be consumed.</summary>
    public const string ErrorQueue = CaseFlowEngineExtensions.CommandQueue + "_error";

    private const string AmqpBindingVersion = "0.2.0";

    private const string BrokerUserScheme = "brokerUser";

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The document for the contracts and settings this build has and the configured definition (CaseFlow:Definition, as the service
    /// reads it: the repository's workflows.json when run from the repository).
    /// </summary>
    public static JsonObject Build() => Build(ConfiguredDefinition(Startup.VerbHost.Configuration([])));

    /// <summary>The document for the contracts and settings this build has, the ids it enumerates taken from <paramref name="definition"/>.</summary>
    public static JsonObject Build(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Document(definition);
    }

    /// <summary>The document as the committed file holds it: indented JSON ending in a newline.</summary>
    public static string ToJson(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(Written) + "\n";
    }

    /// <summary>The definition the service would load: CaseFlow:Definition from appsettings.json and the environment.</summary>
    /// <summary>The definition the settings name (CaseFlow:Definition), whose ids the document enumerates; throws when it is not valid.</summary>
    internal static TownshipDefinition ConfiguredDefinition(IConfiguration configuration)
    {
        var path = VerbFiles.Options(configuration).ResolveDefinitionPath();
        var loaded = DefinitionLoader.LoadFile(path);
        return loaded.IsValid
            ? loaded.Definition!
            : throw new InvalidOperationException(
                $"The AsyncAPI document enumerates the ids of the definition at {path}, which is not valid: "
                + string.Join("; ", loaded.Errors.Select(e => $"{e.Path}: {e.Message}")) + ". Fix it (the validate verb lists the errors) or set CaseFlow:Definition");
    }

    private static JsonObject Document(TownshipDefinition definition) => new()
    {
        ["asyncapi"] = "2.6.0",
        ["id"] = "urn:caseflow",
        ["info"] = new JsonObject
        {
            ["title"] = "CaseFlow messages",
            ["version"] = ContractsVersion(),
            ["description"] = WireConversation.Description(definition),
        },
        ["servers"] = new JsonObject
        {
            ["local"] = new JsonObject
            {
                ["url"] = "127.0.0.1:5672",
                ["protocol"] = "amqp",
                ["protocolVersion"] = "0.9.1",
                ["description"] = WireConversation.Server,
                ["security"] = new JsonArray(new JsonObject { [BrokerUserScheme] = new JsonArray() }),
            },
        },
        ["defaultContentType"] = ContentType,
        ["channels"] = Channels(),
        ["components"] = new JsonObject
        {
            ["messages"] = Messages(),
            ["schemas"] = Schemas(definition),
            ["securitySchemes"] = new JsonObject
            {
                [BrokerUserScheme] = new JsonObject { ["type"] = "userPassword", ["description"] = WireConversation.BrokerUser },
            },
        },
    };

    private static JsonObject Channels()
    {
        var channels = new JsonObject
        {
            [CaseFlowEngineExtensions.CommandQueue] = new JsonObject
            {
                ["description"] = WireConversation.CommandQueueChannel,
                ["bindings"] = ExchangeBinding(CaseFlowEngineExtensions.CommandQueue),
                ["publish"] = new JsonObject
                {
                    ["operationId"] = "sendCommand",
                    ["summary"] = "Send any command.",
                    ["bindings"] = Persistent(),
                    ["message"] = new JsonObject { ["oneOf"] = new JsonArray([.. WireContracts.Commands.Select(MessageRef)]) },
                },
            },
        };
        foreach (var command in WireContracts.Commands)
        {
            channels[WireContracts.EntityName(command)] = new JsonObject
            {
                ["description"] = WireConversation.CommandChannel(command),
                ["bindings"] = ExchangeBinding(WireContracts.EntityName(command)),
                ["publish"] = new JsonObject
                {
                    ["operationId"] = "send" + WireContracts.Key(command).Replace(".", "", StringComparison.Ordinal),
                    ["bindings"] = Persistent(),
                    ["message"] = MessageRef(command),
                },
            };
        }

        foreach (var published in WireContracts.Events.OrderBy(WireContracts.EntityName, StringComparer.Ordinal))
        {
            channels[WireContracts.EntityName(published)] = new JsonObject
            {
                ["description"] = WireConversation.EventChannel(published),
                ["bindings"] = ExchangeBinding(WireContracts.EntityName(published)),
                ["subscribe"] = new JsonObject
                {
                    ["operationId"] = "receive" + WireContracts.Key(published).Replace(".", "", StringComparison.Ordinal),
                    ["message"] = MessageRef(published),
                },
            };
        }

        channels[ErrorQueue] = ErrorQueueChannel();
        return channels;
    }

    private static JsonObject ErrorQueueChannel() => new()
    {
        ["description"] = WireConversation.ErrorQueueChannel,
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["is"] = "queue",
                ["queue"] = new JsonObject { ["name"] = ErrorQueue, ["durable"] = true, ["exclusive"] = false, ["autoDelete"] = false },
                ["bindingVersion"] = AmqpBindingVersion,
            },
        },
        ["subscribe"] = new JsonObject
        {
            ["operationId"] = "receiveFaultedCommand",
            ["message"] = new JsonObject
            {
                ["name"] = "FaultedCommand",
                ["title"] = "A command that could not be consumed",
                ["summary"] = "The message exactly as it was sent (an envelope, unless it could not be read), with the reason in its AMQP headers.",
                ["contentType"] = ContentType,
                ["headers"] = EnvelopeSchema.FaultHeaders(),
                ["payload"] = new JsonObject { ["$ref"] = $"#/components/schemas/{EnvelopeSchema.Key}" },
            },
        },
    };

    private static JsonObject Messages()
    {
        var messages = new JsonObject();
        foreach (var contract in WireContracts.Messages.OrderBy(WireContracts.Key, StringComparer.Ordinal))
        {
            messages[WireContracts.Key(contract)] = new JsonObject
            {
                ["name"] = contract.Name,
                ["title"] = contract.Name,
                ["summary"] = WireConversation.Summary(contract),
                ["description"] = ContractDocumentation.Of(contract),
                ["contentType"] = ContentType,
                ["tags"] = new JsonArray(new JsonObject { ["name"] = WireContracts.Commands.Contains(contract) ? "command" : "event" }),
                ["payload"] = new JsonObject
                {
                    ["allOf"] = new JsonArray(
                        new JsonObject { ["$ref"] = $"#/components/schemas/{EnvelopeSchema.Key}" },
                        new JsonObject
                        {
                            ["type"] = "object",
                            ["properties"] = new JsonObject
                            {
                                ["messageType"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = WireContracts.Urn(contract) } },
                                ["message"] = new JsonObject { ["$ref"] = $"#/components/schemas/{WireContracts.Key(contract)}" },
                            },
                        }),
                },
            };
        }

        return messages;
    }

    private static JsonObject Schemas(TownshipDefinition definition)
    {
        var schemas = new JsonObject { [EnvelopeSchema.Key] = EnvelopeSchema.Envelope() };
        foreach (var contract in WireContracts.All.OrderBy(WireContracts.Key, StringComparer.Ordinal))
        {
            schemas[WireContracts.Key(contract)] = ContractSchema.For(contract, definition);
        }

        return schemas;
    }

    private static JsonObject MessageRef(Type contract) => new() { ["$ref"] = $"#/components/messages/{WireContracts.Key(contract)}" };

    /// <summary>MassTransit's exchange for a message type or endpoint: fanout, durable, declared with these exact arguments.</summary>
    private static JsonObject ExchangeBinding(string exchange) => new()
    {
        ["amqp"] = new JsonObject
        {
            ["is"] = "routingKey",
            ["exchange"] = new JsonObject { ["name"] = exchange, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false },
            ["bindingVersion"] = AmqpBindingVersion,
        },
    };

    private static JsonObject Persistent() => new()
    {
        ["amqp"] = new JsonObject { ["deliveryMode"] = 2, ["bindingVersion"] = AmqpBindingVersion },
    };

    private static string ContractsVersion()
    {
        var version = typeof(Contracts.Commands.SubmitCase).Assembly.GetName().Version ?? new Version(1, 0, 0);
        return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
    }
}
