using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Messaging;
using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// What a rejection names about a message it could not read, read on the error path: whatever the envelope holds, reading it never
/// throws (a throw there sent the message back to the queue to fail again, forever, as the hostile-input suite found).
/// </summary>
public class EnvelopeFactsTests
{
    private static readonly Guid CaseId = Guid.Parse("0193f0a0-0000-7000-8000-000000000001");

    [TestCase("[42]")]
    [TestCase("[null]")]
    [TestCase("[{}]")]
    [TestCase("[[]]")]
    [TestCase("42")]
    [TestCase("\"urn:message:CaseFlow.Contracts.Commands:SubmitCase\"")]
    public void Identify_MessageTypeThatIsNotAListOfText_IsUnknownWithTheCase(string messageType)
    {
        var body = $"{{\"messageType\": {messageType}, \"message\": {{\"caseId\": \"{CaseId}\"}}}}";

        Assert.That(EnvelopeFacts.Identify(Encoding.UTF8.GetBytes(body)), Is.EqualTo(("(unknown)", (Guid?)CaseId)));
    }

    [TestCase("{\"messageType\": [\"\\uDC00\"]}")]
    [TestCase("{\"message\": {\"caseId\": \"\\uD800\"}}")]
    public void Identify_EscapedLoneSurrogate_IsUnreadable(string body) =>
        Assert.That(EnvelopeFacts.Identify(Encoding.UTF8.GetBytes(body)).Command, Is.EqualTo("(unreadable message)"));

    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("\"text\"")]
    public void Identify_BodyThatIsNotAnObject_IsUnknown(string body) =>
        Assert.That(EnvelopeFacts.Identify(Encoding.UTF8.GetBytes(body)), Is.EqualTo(("(unknown)", (Guid?)null)));

    [Test]
    public void Identify_AnyTextAsTheMessageTypeOrCaseId_NeverThrowsAndReadsTheTypeBack()
    {
        var property = Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<NonNull<string>>()), Arb.From(Gen.Choose(int.MinValue, int.MaxValue)), (text, number) =>
        {
            var envelope = new JsonObject
            {
                ["messageType"] = new JsonArray(text.Get, number),
                ["message"] = new JsonObject { ["caseId"] = text.Get },
            };

            var (command, caseId) = EnvelopeFacts.Identify(Encoding.UTF8.GetBytes(envelope.ToJsonString()));

            return command == text.Get && caseId is null == !Guid.TryParse(text.Get, out _);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
