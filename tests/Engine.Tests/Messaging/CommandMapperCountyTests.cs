using CaseFlow.Contracts.County;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>How the county 12345 system's messages become engine commands.</summary>
public class CommandMapperCountyTests
{
    private static readonly Guid CaseId = Guid.Parse("0193f0a0-0000-7000-8000-000000000001");

    private static IEnumerable<TestCaseData> CountyMessages()
    {
        yield return new TestCaseData(new CountyCaseAccepted { CaseId = CaseId, CountyCaseNumber = "N1", Deadline = DateTimeOffset.UnixEpoch }, "CountyAccept").SetArgDisplayNames("CountyCaseAccepted");
        yield return new TestCaseData(new CountyCaseAssigned { CaseId = CaseId, Department = "D" }, "CountyAssign").SetArgDisplayNames("CountyCaseAssigned");
        yield return new TestCaseData(new CountyProgressReported { CaseId = CaseId, Note = "n" }, "CountyProgress").SetArgDisplayNames("CountyProgressReported");
        yield return new TestCaseData(new CountyCaseUrged { CaseId = CaseId, Note = "n" }, "CountyUrge").SetArgDisplayNames("CountyCaseUrged");
        yield return new TestCaseData(new CountyCaseResolved { CaseId = CaseId, Result = "r" }, "CountyResolve").SetArgDisplayNames("CountyCaseResolved");
        yield return new TestCaseData(new CountyCaseSentBack { CaseId = CaseId, Reason = "r" }, "CountySendBack").SetArgDisplayNames("CountyCaseSentBack");
    }

    [TestCaseSource(nameof(CountyMessages))]
    public void ToCaseCommand_CountyMessage_IsItsTriggerOnTheCaseClaimingNoActor(object message, string trigger)
    {
        var command = CommandMapper.ToCaseCommand(message, Guid.NewGuid());

        Assert.Multiple(() =>
        {
            Assert.That(command.Trigger, Is.EqualTo(trigger));
            Assert.That(command.CaseId, Is.EqualTo(CaseId));
            Assert.That(command.Actor, Is.Empty, "the bus gives a county message its sender's county position");
        });
    }

    [Test]
    public void CommandTypes_CountyMessages_AreConsumedFromTheCommandQueue() =>
        Assert.That(CommandMapper.CommandTypes, Is.SupersetOf(new[]
        {
            typeof(CountyCaseAccepted), typeof(CountyCaseAssigned), typeof(CountyProgressReported), typeof(CountyCaseUrged),
            typeof(CountyCaseResolved), typeof(CountyCaseSentBack), typeof(CaseHandedDown),
        }));

    [Test]
    public void CommandTypes_TownshipToCountyMessages_AreNotConsumedByTheEngine() =>
        Assert.That(CommandMapper.CommandTypes, Has.None.EqualTo(typeof(CaseEscalatedToCounty)).And.None.EqualTo(typeof(HandedDownCaseClosed)));

    [Test]
    public void ToCaseCommand_CountyAcceptance_CarriesCaseNumberAndDeadline()
    {
        var deadline = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8));
        var payload = CommandMapper.ToCaseCommand(new CountyCaseAccepted { CaseId = CaseId, CountyCaseNumber = "YH-1", Deadline = deadline }, Guid.NewGuid()).Payload;

        Assert.That((payload.CountyCaseNumber, payload.Deadline), Is.EqualTo(("YH-1", (DateTimeOffset?)deadline)));
    }

    [Test]
    public void ToCaseCommand_CountyAcceptanceWithoutDeadline_LeavesTheDeadlineMissing() =>
        Assert.That(CommandMapper.ToCaseCommand(new CountyCaseAccepted { CaseId = CaseId, CountyCaseNumber = "YH-1" }, Guid.NewGuid()).Payload.Deadline, Is.Null);

    [Test]
    public void ToCaseCommand_CaseHandedDown_IsASubmissionKeyedByTheCountyCaseNumber()
    {
        var newId = Guid.NewGuid();
        var command = CommandMapper.ToCaseCommand(new CaseHandedDown
        {
            CountyCaseNumber = "YH-9",
            Category = "sanitation",
            Title = "t",
            Description = "d",
            ReporterName = "蓝阿姨",
            ReporterPhone = "13905780042",
            Location = "村口",
        }, newId);

        Assert.Multiple(() =>
        {
            Assert.That(command.Trigger, Is.EqualTo(Triggers.Submit));
            Assert.That(command.CaseId, Is.EqualTo(newId));
            Assert.That(command.Actor, Is.Empty, "the bus gives a county message its sender's county position");
            Assert.That(command.Payload.ClientKey, Is.EqualTo("county12345:YH-9"));
            Assert.That(command.Payload.Channel, Is.EqualTo("county12345"));
            Assert.That(command.Payload.CountyCaseNumber, Is.EqualTo("YH-9"));
            Assert.That(command.Payload.Reporter, Is.EqualTo(new Reporter("蓝阿姨", "13905780042", null)));
        });
    }
}
