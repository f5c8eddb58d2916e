using CaseFlow.Host.Workbench.Cases;

namespace CaseFlow.Host.Tests.Workbench.Cases;

/// <summary>The fields each trigger's form asks for, as read from the engine's mapping of its command contracts.</summary>
public sealed class CommandFieldsTests
{
    private static string Fields(string trigger) =>
        string.Join(", ", CommandFields.Of(trigger).Select(f => f.Name == f.Payload ? f.Name : $"{f.Name}>{f.Payload}"));

    [TestCase("SignFor", "")]
    [TestCase("Register", "note")]
    [TestCase("Return", "reason")]
    [TestCase("Complete", "result")]
    [TestCase("Assign", "leadOffice, coHandlers, note")]
    [TestCase("RequestExtension", "workingDays, reason")]
    [TestCase("DecideExtension", "approved, reason")]
    [TestCase("FeedBack", "message>note")]
    [TestCase("RecordFeedback", "outcome>feedback, comment>note")]
    [TestCase("Rate", "rating, comment>note")]
    [TestCase("RecordCallback", "calledAt, reached, rating, note")]
    [TestCase("MarkDuplicate", "duplicateOf, reason")]
    [TestCase("CountyAccept", "countyCaseNumber, deadline")]
    public void Of_ATrigger_IsTheFieldsItsContractCarries(string trigger, string expected) =>
        Assert.That(Fields(trigger), Is.EqualTo(expected));

    [Test]
    public void Of_ATriggerNoContractMaps_TakesNoFields() => Assert.That(CommandFields.Of("Warn"), Is.Empty);

    [Test]
    public void All_LeavesOutSubmissions_WhichTheReceiveFormAsksFor() =>
        Assert.That(CommandFields.All.Keys, Does.Not.Contain("Submit").And.Contain("SignFor"));

    [Test]
    public void Owns_AProblemNamedByTheFormOrByThePayload_IsPlacedBesideTheField()
    {
        var message = CommandFields.Of("FeedBack").Single();

        Assert.Multiple(() =>
        {
            Assert.That(message.Owns("message"), Is.True, "FeedBack's trigger unit names its problem 'message'");
            Assert.That(message.Owns("note"), Is.True, "the bounds may name the payload's own property");
            Assert.That(message.Owns("reason"), Is.False);
        });
    }
}
