using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// docs/asyncapi.json is a valid AsyncAPI 2.6 document by the AsyncAPI project's own validator (<c>@asyncapi/parser</c>, which
/// <c>asyncapi validate</c> runs), which checks it against the AsyncAPI schema, resolves its references, checks every payload
/// schema and applies its rules; and the same validator refuses broken copies, so the check can fail.
/// </summary>
[TestFixture]
public sealed class When_the_asyncapi_document_is_validated_by_asyncapi
{
    private string _folder = null!;

    [OneTimeSetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("caseflow-asyncapi-").FullName;

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Should_find_the_committed_document_valid()
    {
        var (exitCode, output) = AsyncApiValidator.Validate(AsyncApiFile.PathInRepository);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("is valid"), output);
            Assert.That(output, Does.Not.Match(@"\d+:\d+\s+error\s"), "no diagnostic of severity error: " + output);
        });
    }

    [TestCase("components.schemas.SubmitCase.properties.clientKey", "type", "text", TestName = "Should_refuse_a_copy_whose_field_has_a_type_json_schema_does_not_know")]
    [TestCase("components.messages.RateCase.payload", "type", "envelope", TestName = "Should_refuse_a_copy_whose_message_payload_has_a_wrong_type")]
    [TestCase("components.messages.CaseClosed.payload.allOf.0", "$ref", "#/components/schemas/Nowhere", TestName = "Should_refuse_a_copy_whose_payload_refers_to_nothing")]
    public void Should_refuse_a_broken_copy(string where, string key, string value)
    {
        var document = AsyncApiFile.Load().Document.DeepClone().AsObject();
        var node = where.Split('.').Aggregate((JsonNode)document, (n, step) => int.TryParse(step, out var i) ? n[i]! : n[step]!);
        node[key] = value;
        var path = Path.Combine(_folder, $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, document.ToJsonString());

        var (exitCode, output) = AsyncApiValidator.Validate(path);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.EqualTo(0), $"{where}.{key} = {value} should make the document invalid; asyncapi said: {output}");
            Assert.That(output, Does.Not.Contain("is valid"), output);
            Assert.That(output, Does.Contain($"{where}.{key}"), "the validator names what is wrong: " + output);
        });
    }
}
