using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// docs/asyncapi.json tells a caller on another platform what each message and field means and which values a closed field takes:
/// the ids as the repository's workflows.json declares them (read here from its JSON, not through the definition model), the fixed
/// values as the engine's vocabulary holds them, and each description as the contract's doc comment says it.
/// </summary>
[TestFixture]
public sealed partial class When_the_asyncapi_document_describes_and_enumerates
{
    private AsyncApiFile _document = null!;
    private JsonNode _definition = null!;

    [OneTimeSetUp]
    public void Read()
    {
        _document = AsyncApiFile.Load();
        _definition = JsonNode.Parse(File.ReadAllText(CaseFlowFactory.DefinitionPath()))!;
    }

    [TestCase("SubmitCase", "category", "categories")]
    [TestCase("CaseHandedDown", "category", "categories")]
    [TestCase("CaseEscalatedToCounty", "category", "categories")]
    [TestCase("CaseReceived", "category", "categories")]
    [TestCase("CaseDispatched", "category", "categories")]
    [TestCase("DispatchCase", "platform", "organisation.platforms")]
    [TestCase("CaseDispatched", "platform", "organisation.platforms")]
    [TestCase("CaseAssigned", "platform", "organisation.platforms")]
    [TestCase("JointHandlingStarted", "platforms", "organisation.platforms")]
    [TestCase("AssignCase", "leadOffice", "organisation.offices")]
    [TestCase("AssignCase", "coHandlers", "organisation.offices")]
    [TestCase("CaseAssigned", "leadOffice", "organisation.offices")]
    [TestCase("CaseAssigned", "coHandlers", "organisation.offices")]
    [TestCase("JointHandlingStarted", "coHandlers", "organisation.offices")]
    [TestCase("ReportCoHandling", "office", "organisation.offices")]
    [TestCase("SubmitCase", "village", "organisation.villages")]
    [TestCase("SubmitCase", "grid", "organisation.grids")]
    public void Should_allow_exactly_the_ids_the_definition_declares(string contract, string property, string list)
    {
        var declared = list.Split('.').Aggregate(_definition, (node, key) => node[key]!).AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(declared, Has.Count.GreaterThan(1), $"workflows.json declares {list}");
            Assert.That(Allowed(contract, property).Where(v => v is not null), Is.EquivalentTo(declared), $"{contract}.{property}");
        });
    }

    [Test]
    public void Should_allow_exactly_the_values_the_engine_accepts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Allowed("SubmitCase", "channel"), Is.EquivalentTo(Vocabulary.Channels));
            Assert.That(Allowed("CaseReceived", "channel"), Is.EquivalentTo(Vocabulary.Channels));
            Assert.That(Allowed("SubmitCase", "priority"), Is.EquivalentTo(Vocabulary.Priorities));
            Assert.That(Allowed("CaseEscalatedToCounty", "priority"), Is.EquivalentTo(Vocabulary.Priorities));
            Assert.That(Allowed("RateCase", "rating"), Is.EquivalentTo(Vocabulary.Ratings));
            Assert.That(Allowed("RecordCallback", "rating"), Is.EquivalentTo(Vocabulary.Ratings.Cast<string?>().Append(null)), "a nullable rating allows null too");
            Assert.That(Allowed("CaseClosed", "rating"), Is.EquivalentTo(Vocabulary.Ratings.Append("")), "a case may close unrated");
            Assert.That(Allowed("HandedDownCaseClosed", "rating"), Is.EquivalentTo(Vocabulary.Ratings.Append("")), "a case may end unrated");
            Assert.That(Allowed("RecordFeedback", "outcome"), Is.EquivalentTo(Vocabulary.FeedbackOutcomes));
            Assert.That(Allowed("TriageCase", "jurisdiction"), Is.EquivalentTo(new[] { "township", "county", null }));
        });
    }

    [Test]
    public void Should_leave_open_what_is_not_a_closed_set()
    {
        var submit = _document.Schemas["SubmitCase"]!["properties"]!;

        Assert.Multiple(() =>
        {
            Assert.That(submit["title"]!["enum"], Is.Null);
            Assert.That(submit["clientKey"]!["enum"], Is.Null);
            Assert.That(submit["actor"]!["enum"], Is.Null, "an actor may be left empty when the sender holds one position");
        });
    }

    [Test]
    public void Should_describe_every_message_channel_schema_and_property()
    {
        Assert.Multiple(() =>
        {
            foreach (var (key, message) in _document.Messages)
            {
                Assert.That(Text(message!["description"]), Is.Not.Empty, $"message {key}");
            }

            foreach (var (key, channel) in _document.Channels)
            {
                Assert.That(Text(channel!["description"]), Is.Not.Empty, $"channel {key}");
            }

            foreach (var (key, schema) in _document.Schemas)
            {
                Assert.That(Text(schema!["description"]), Is.Not.Empty, $"schema {key}");
                foreach (var (name, property) in schema["properties"]!.AsObject())
                {
                    Assert.That(Text(property!["description"]), Is.Not.Empty, $"{key}.{name}");
                }
            }

            var faultHeaders = _document.Channels["caseflow-commands_error"]!["subscribe"]!["message"]!["headers"]!["properties"]!.AsObject();
            foreach (var (name, header) in faultHeaders)
            {
                Assert.That(Text(header!["description"]), Is.Not.Empty, $"error queue header {name}");
            }
        });
    }

    [Test]
    public void Should_describe_each_contract_and_property_as_its_doc_comment_says()
    {
        var contracts = typeof(SubmitCase).Assembly;
        var members = XDocument.Load(Path.ChangeExtension(contracts.Location, ".xml")).Descendants("member")
            .Where(m => m.Element("summary") is { } s && !s.Elements().Any())
            .ToDictionary(m => m.Attribute("name")!.Value, m => Whitespace().Replace(m.Element("summary")!.Value, " ").Trim());
        var compared = 0;
        Assert.Multiple(() =>
        {
            foreach (var (_, schema) in _document.Schemas.Where(s => s.Key != "Envelope"))
            {
                var type = contracts.GetExportedTypes().Single(t => t.Name == schema!["title"]!.GetValue<string>());
                if (members.TryGetValue($"T:{type.FullName}", out var summary))
                {
                    Assert.That(Text(schema!["description"]), Is.EqualTo(summary), type.Name);
                    compared++;
                }

                foreach (var property in type.GetProperties())
                {
                    var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                    if (members.TryGetValue($"P:{type.FullName}.{property.Name}", out var text))
                    {
                        Assert.That(Text(schema!["properties"]![name]!["description"]), Is.EqualTo(text), $"{type.Name}.{name}");
                        compared++;
                    }
                }
            }
        });
        Assert.That(compared, Is.GreaterThan(200), "the doc comments were found and compared");
    }

    /// <summary>A property's allowed values: its enum, or its items' enum for a list.</summary>
    private List<string?> Allowed(string contract, string property)
    {
        var schema = _document.Schemas[contract]!["properties"]![property]!;
        var values = (schema["enum"] ?? schema["items"]?["enum"])?.AsArray();
        Assert.That(values, Is.Not.Null, $"docs/asyncapi.json lists no allowed values for {contract}.{property}: {schema.ToJsonString()}");
        return values!.Select(v => v?.GetValue<string>()).ToList();
    }

    private static string Text(JsonNode? node) => node?.GetValue<string>().Trim() ?? "";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
