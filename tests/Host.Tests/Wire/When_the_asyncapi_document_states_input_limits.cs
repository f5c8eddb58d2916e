namespace CaseFlow.Host.Tests.Wire;

/// <summary>The committed AsyncAPI document tells a caller on another platform how long each command field may be.</summary>
[TestFixture]
public sealed class When_the_asyncapi_document_states_input_limits
{
    private AsyncApiFile _document = null!;

    [OneTimeSetUp]
    public void Read() => _document = AsyncApiFile.Load();

    [TestCase("SubmitCase", "title", 200)]
    [TestCase("SubmitCase", "description", 8000)]
    [TestCase("SubmitCase", "clientKey", 128)]
    [TestCase("Reporter", "phone", 32)]
    [TestCase("Reporter", "name", 100)]
    [TestCase("FeedBackToReporter", "message", 4000)]
    [TestCase("CaseHandedDown", "reporterName", 100)]
    [TestCase("CountyCaseAccepted", "countyCaseNumber", 64)]
    public void Should_give_a_command_field_its_max_length(string contract, string property, int maxLength)
    {
        var schema = _document.Schemas[contract]!;

        Assert.That(schema["properties"]![property]!["maxLength"]?.GetValue<int>(), Is.EqualTo(maxLength), schema.ToJsonString());
    }

    [Test]
    public void Should_bound_the_co_handlers_an_assignment_names()
    {
        var schema = _document.Schemas["AssignCase"]!;
        var coHandlers = schema["properties"]!["coHandlers"]!;

        Assert.Multiple(() =>
        {
            Assert.That(coHandlers["maxItems"]?.GetValue<int>(), Is.EqualTo(20));
            Assert.That(coHandlers["items"]!["maxLength"]?.GetValue<int>(), Is.EqualTo(64));
        });
    }

    [Test]
    public void Should_leave_what_caseflow_sends_unbounded()
    {
        var schema = _document.Schemas["CaseReceived"]!;

        Assert.That(schema.ToJsonString(), Does.Not.Contain("maxLength"));
    }
}
