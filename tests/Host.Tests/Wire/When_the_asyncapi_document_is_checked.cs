using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Contracts.Commands;
using CaseFlow.Engine;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Wire;
using CaseFlow.Workflows.Loading;
using MassTransit.Serialization;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// docs/asyncapi.json stays true: it is what the generator writes for today's contracts, and it describes every command,
/// event and record the way the contracts themselves (read here by reflection, not through the generator) and MassTransit say.
/// </summary>
[TestFixture]
public sealed partial class When_the_asyncapi_document_is_checked
{
    private static readonly Type[] Records = typeof(SubmitCase).Assembly.GetExportedTypes()
        .Where(t => t.Namespace?.StartsWith("CaseFlow.Contracts.", StringComparison.Ordinal) == true && t.GetMethod("<Clone>$") is not null)
        .ToArray();

    private AsyncApiFile _document = null!;

    [OneTimeSetUp]
    public void Read() => _document = AsyncApiFile.Load();

    [Test]
    public void Should_be_what_the_generator_writes_now()
    {
        var committed = AsyncApiFile.ReadText().Split('\n');
        var generated = AsyncApiDocument.ToJson(AsyncApiDocument.Build(RepositoryDefinition())).Split('\n');
        var differs = Enumerable.Range(0, Math.Max(committed.Length, generated.Length))
            .FirstOrDefault(i => i >= committed.Length || i >= generated.Length || committed[i] != generated[i], -1);

        Assert.That(differs, Is.EqualTo(-1),
            $"docs/asyncapi.json is out of date with the contracts (first difference at line {differs + 1}: "
            + $"committed '{Line(committed, differs)}', generated '{Line(generated, differs)}'); run `{AsyncApiFile.RegenerateCommand}` and commit it");
    }

    [Test]
    public void Should_take_the_ids_from_the_configured_definition_when_given_none()
    {
        var definition = RepositoryDefinition();
        var configured = AsyncApiDocument.ToJson(AsyncApiDocument.Build());
        var repository = AsyncApiDocument.ToJson(AsyncApiDocument.Build(definition));
        var oneCategory = definition with { Categories = [.. definition.Categories.Take(1)] };

        Assert.Multiple(() =>
        {
            Assert.That(configured, Is.EqualTo(repository), "the regenerate command (the asyncapi verb) reads the configured workflows.json, the repository's");
            Assert.That(AsyncApiDocument.ToJson(AsyncApiDocument.Build(oneCategory)), Is.Not.EqualTo(repository), "another definition's ids make another document");
        });
    }

    [Test]
    public void Should_have_the_shape_of_an_asyncapi_2_6_document()
    {
        var document = _document.Document;
        var references = Descendants(document).OfType<JsonObject>().Where(o => o["$ref"] is not null).Select(o => o["$ref"]!.GetValue<string>()).ToList();
        var operations = _document.Channels.SelectMany(c => new[] { c.Value!["publish"], c.Value["subscribe"] }).OfType<JsonObject>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(document["asyncapi"]?.GetValue<string>(), Is.EqualTo("2.6.0"));
            Assert.That(document["info"]?["title"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(document["info"]?["version"]?.GetValue<string>(), Does.Match(@"^\d+\.\d+\.\d+$"));
            Assert.That(document["servers"]?["local"]?["url"]?.GetValue<string>(), Is.EqualTo("127.0.0.1:5672"));
            Assert.That(document["servers"]?["local"]?["protocol"]?.GetValue<string>(), Is.EqualTo("amqp"));
            Assert.That(_document.Channels, Is.Not.Empty);
            Assert.That(_document.Messages, Is.Not.Empty);
            Assert.That(_document.Schemas.Select(s => s.Key), Does.Contain("Envelope"));
            Assert.That(_document.Channels.Where(c => c.Value!["publish"] is null && c.Value["subscribe"] is null).Select(c => c.Key), Is.Empty, "every channel has an operation");
            Assert.That(operations.Where(o => o["message"] is null), Is.Empty, "every operation names its message");
            Assert.That(operations.Select(o => o["operationId"]!.GetValue<string>()), Is.Unique);
            Assert.That(references.Where(r => _document.Resolve(r) is null), Is.Empty, "every $ref points at something in the document");
            Assert.That(_document.Messages.Concat(_document.Schemas).Select(c => c.Key).Where(k => !ComponentKey().IsMatch(k)), Is.Empty, "component keys AsyncAPI allows");
        });
    }

    [Test]
    public void Should_offer_a_publish_channel_for_every_command_the_engine_consumes()
    {
        var anyCommand = _document.Channels[CaseFlowEngineExtensions.CommandQueue]!["publish"]!["message"]!["oneOf"]!.AsArray()
            .Select(m => _document.Resolve(m!["$ref"]!.GetValue<string>())).ToList();
        Assert.Multiple(() =>
        {
            foreach (var command in CommandMapper.CommandTypes)
            {
                var channel = _document.ChannelFor("publish", command.Name);
                Assert.That(AsyncApiFile.Exchange(channel)["name"]!.GetValue<string>(), Is.EqualTo($"{command.Namespace}:{command.Name}"));
                Assert.That(AsyncApiFile.Exchange(channel)["type"]!.GetValue<string>(), Is.EqualTo("fanout"));
                Assert.That(_document.Urn(command.Name), Is.EqualTo($"urn:message:{command.Namespace}:{command.Name}"));
                Assert.That(anyCommand, Does.Contain(_document.Message(command.Name)), $"{CaseFlowEngineExtensions.CommandQueue} accepts {command.Name}");
            }
        });
    }

    [Test]
    public void Should_describe_every_contract_with_a_schema_and_every_message_with_a_channel()
    {
        var parts = Records.Where(p => !CommandMapper.CommandTypes.Contains(p) && Records.Any(r => r.GetProperties().Any(q => Mentions(q.PropertyType, p)))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Records, Has.Length.GreaterThan(30), "the contracts were found");
            Assert.That(parts.Select(p => p.Name), Is.SupersetOf(new[] { "Reporter", "FieldError" }));
            foreach (var record in Records)
            {
                Assert.That(_document.Schemas.Count(s => s.Value!["title"]?.GetValue<string>() == record.Name), Is.EqualTo(1), $"one schema for {record.Name}");
            }

            foreach (var published in Records.Except(parts).Except(CommandMapper.CommandTypes))
            {
                var channel = _document.ChannelFor("subscribe", published.Name);
                Assert.That(AsyncApiFile.Exchange(channel)["name"]!.GetValue<string>(), Is.EqualTo($"{published.Namespace}:{published.Name}"));
                Assert.That(_document.Message(published.Name)["contentType"]!.GetValue<string>(), Is.EqualTo("application/vnd.masstransit+json"));
            }

            Assert.That(_document.Messages, Has.Count.EqualTo(Records.Length - parts.Count), "a message for every contract but the parts of others");
        });
    }

    [Test]
    public void Should_give_each_schema_exactly_the_record_properties_in_camel_case()
    {
        var nullability = new NullabilityInfoContext();
        Assert.Multiple(() =>
        {
            foreach (var record in Records)
            {
                var schema = _document.Schemas.Single(s => s.Value!["title"]?.GetValue<string>() == record.Name).Value!.AsObject();
                var declared = schema["properties"]!.AsObject();
                var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
                var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance);
                Assert.That(declared.Select(p => p.Key), Is.EqualTo(properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))), record.Name);
                foreach (var property in properties)
                {
                    var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    var isNullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || nullability.Create(property).ReadState == NullabilityState.Nullable;
                    var expected = isNullable ? new[] { ExpectedJsonType(property.PropertyType), "null" } : [ExpectedJsonType(property.PropertyType)];
                    Assert.That(JsonTypes(declared[name]!), Is.EquivalentTo(expected), $"{record.Name}.{name}");
                    if (isNullable)
                    {
                        Assert.That(required, Does.Not.Contain(name), $"{record.Name}.{name} is nullable, so not required");
                    }
                    else if (property.PropertyType.IsValueType || (property.PropertyType == typeof(string) && declared[name]!["default"] is null))
                    {
                        Assert.That(required, Does.Contain(name), $"{record.Name}.{name} has no default of its own, so it is required");
                    }
                }
            }
        });
    }

    [Test]
    public void Should_describe_what_masstransit_writes_for_each_contract()
    {
        Assert.Multiple(() =>
        {
            foreach (var record in Records)
            {
                var written = JsonSerializer.SerializeToNode(Activator.CreateInstance(record), record, SystemTextJsonMessageSerializer.Options)!.AsObject();
                var declared = _document.Schemas.Single(s => s.Value!["title"]?.GetValue<string>() == record.Name).Value!["properties"]!.AsObject();
                foreach (var (name, value) in written)
                {
                    Assert.That(declared.ContainsKey(name), Is.True, $"MassTransit writes {record.Name}.{name}, which the document does not declare");
                    var kind = value is null ? "null" : JsonKind(value);
                    var types = JsonTypes(declared[name] ?? new JsonObject());
                    Assert.That(types.Contains(kind) || (kind == "integer" && types.Contains("number")), Is.True,
                        $"MassTransit writes {record.Name}.{name} as {kind}; the document allows {string.Join(", ", types)}");
                }
            }
        });
    }

    [Test]
    public void Should_document_the_error_queue_the_size_limit_and_idempotency()
    {
        var errorQueue = $"{CaseFlowEngineExtensions.CommandQueue}_error";
        var description = _document.Document["info"]!["description"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(_document.Channels[errorQueue]?["bindings"]?["amqp"]?["queue"]?["name"]?.GetValue<string>(), Is.EqualTo(errorQueue));
            Assert.That(_document.Channels[errorQueue]?["subscribe"]?["message"]?["headers"]?["required"]?.AsArray().Select(h => h!.GetValue<string>()),
                Is.EquivalentTo(new[] { "MT-Fault-Message", "MT-Fault-ExceptionType", "MT-Reason" }));
            Assert.That(description, Does.Contain(CaseFlowEngineExtensions.MaxCommandBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(description, Does.Contain("CaseCommandRejected").And.Contain("responseAddress").And.Contain("`messageId`").And.Contain("`clientKey`"));
            Assert.That(_document.Schemas["Envelope"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()),
                Is.EquivalentTo(new[] { "messageId", "messageType", "message", "sentTime", "headers" }));
        });
    }

    [Test]
    public void Should_say_how_a_system_connects_and_is_known()
    {
        var description = _document.Document["info"]!["description"]!.GetValue<string>();
        var scheme = _document.Document["components"]?["securitySchemes"]?["brokerUser"];
        Assert.Multiple(() =>
        {
            Assert.That(scheme?["type"]?.GetValue<string>(), Is.EqualTo("userPassword"));
            Assert.That(_document.Document["servers"]?["local"]?["security"]?[0]?["brokerUser"], Is.Not.Null, "the server names the security scheme");
            Assert.That(description, Does.Contain("`user_id`").And.Contain("`CaseFlow:Bus:Senders`").And.Contain("406 PRECONDITION_FAILED").And.Contain("`broker:<user>`"));
            Assert.That(description, Does.Contain("CommandRefusedException"));
        });
    }

    [GeneratedRegex("^[a-zA-Z0-9.\\-_]+$")]
    private static partial Regex ComponentKey();

    private static Workflows.Model.TownshipDefinition RepositoryDefinition()
    {
        var loaded = DefinitionLoader.LoadFile(CaseFlowFactory.DefinitionPath());
        Assert.That(loaded.IsValid, Is.True, "the repository's workflows.json is valid");
        return loaded.Definition!;
    }

    private static string Line(string[] lines, int index) => index >= 0 && index < lines.Length ? lines[index].Trim() : "(end of file)";

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject o => o.Where(p => p.Value is not null).SelectMany(p => Descendants(p.Value!)).Prepend(o),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Descendants(v!)).Prepend(a),
        _ => [node],
    };

    private static bool Mentions(Type type, Type part) => type == part || type.GetGenericArguments().Any(a => Mentions(a, part));

    /// <summary>The JSON types a schema allows, a $ref to another contract being an object.</summary>
    private static List<string> JsonTypes(JsonNode schema) => schema switch
    {
        _ when schema["$ref"] is not null => ["object"],
        _ when schema["anyOf"] is JsonArray choices => choices.SelectMany(c => JsonTypes(c!)).ToList(),
        _ when schema["type"] is JsonArray types => types.Select(t => t!.GetValue<string>()).ToList(),
        _ when schema["type"] is JsonValue type => [type.GetValue<string>()],
        _ => [],
    };

    private static string JsonKind(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string ExpectedJsonType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type == typeof(DateTime) => "string",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "integer",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "number",
            _ when type == typeof(bool) => "boolean",
            _ when type.IsArray || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) => "array",
            _ => "object",
        };
    }
}
