using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>Which position a bus message acts in, from who sent it (<see cref="BusSenders"/>) and how grants are written (<see cref="SenderGrants"/>).</summary>
public class BusSendersTests
{
    private static readonly BusSenders Senders = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["county12345"] = ["system:county-12345"],
        ["shi-an-tong"] = ["system:shi-an-tong"],
        ["gateway"] = ["*"],
        ["offices"] = ["office:*"],
        ["room"] = ["commandRoom", "leader:armed-forces-head"],
    });

    private static SenderDecision Decide(string? sender, string claimed, bool county = false) =>
        Senders.Decide(sender is null ? null : BusSender.BrokerUser(sender), "the message carries no AMQP user_id property", claimed, county, "Message", WorkflowsFile.Definition);

    [Test]
    public void Decide_CountyMessageFromTheCountyUser_ActsAsTheCountyUnderItsBrokerIdentity() =>
        Assert.That(Decide("county12345", "", county: true), Is.EqualTo(SenderDecision.Act("county-12345", "broker:county12345")));

    [Test]
    public void Decide_SenderWithOnePositionAndNoActor_ActsInThatPosition() =>
        Assert.That(Decide("shi-an-tong", "").Actor, Is.EqualTo("shi-an-tong"));

    [Test]
    public void Decide_ActorTheSenderHolds_ActsAsIt() =>
        Assert.That(Decide("room", "armed-forces-head").Actor, Is.EqualTo("armed-forces-head"));

    [Test]
    public void Decide_CountyMessageFromAnIntakeSystem_IsRefusedSayingWhoSendsIt()
    {
        var refusal = Decide("shi-an-tong", "", county: true).Refusal;

        Assert.That(refusal, Does.Contain("broker user 'shi-an-tong'").And.Contain("holds no county position").And.Contain("system:shi-an-tong"));
    }

    [Test]
    public void Decide_ActorTheSenderDoesNotHold_IsRefusedNamingWhatItMayActAs() =>
        Assert.That(Decide("shi-an-tong", "command-room").Refusal, Does.Contain("claims actor 'command-room'").And.Contain("may act as system:shi-an-tong"));

    [Test]
    public void Decide_NoSender_IsRefusedSayingHowToNameOne() =>
        Assert.That(Decide(null, "command-room").Refusal, Does.Contain("user_id"));

    [Test]
    public void Decide_UnmappedSender_IsRefusedSayingHowToMapIt() =>
        Assert.That(Decide("mallory", "command-room").Refusal, Does.Contain("broker user 'mallory' is not a CaseFlow sender").And.Contain("CaseFlow:Bus:Senders:mallory:Positions:0="));

    [TestCase("reporter", "the reporter acts through the link issued to them")]
    [TestCase("system", "only CaseFlow's timer pump")]
    [TestCase("mallory", "not a position of the organisation")]
    public void Decide_GatewayClaimingWhatNoSenderMayBe_IsRefusedSayingWhy(string claimed, string why) =>
        Assert.That(Decide("gateway", claimed).Refusal, Does.Contain(why));

    [Test]
    public void Decide_EveryoneWildcard_GivesPeoplesPositionsButNoSystem()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decide("gateway", "demolition-office").Actor, Is.EqualTo("demolition-office"));
            Assert.That(Decide("gateway", "grid-member-1").Actor, Is.EqualTo("grid-member-1"));
            Assert.That(Decide("gateway", "command-room").Actor, Is.EqualTo("command-room"));
            Assert.That(Decide("gateway", "county-12345").Refusal, Is.Not.Null);
            Assert.That(Decide("gateway", "", county: true).Refusal, Is.Not.Null);
        });
    }

    [Test]
    public void Decide_KindWildcard_GivesOnlyThatKind() =>
        Assert.That((Decide("offices", "police-station").Actor, Decide("offices", "command-room").Actor), Is.EqualTo(("police-station", (string?)null)));

    [Test]
    public void Decide_SeveralPositionsAndNoActor_IsRefusedAskingWhichOne() =>
        Assert.That(Decide("room", "").Refusal, Does.Contain("names no actor").And.Contain("set actor"));

    [TestCase("*")]
    [TestCase("office:*")]
    [TestCase("commandRoom")]
    [TestCase("system:county-12345")]
    [TestCase("leader:armed-forces-head")]
    public void CheckWriting_WellFormedGrant_IsNull(string written) => Assert.That(SenderGrants.CheckWriting(written), Is.Null);

    [TestCase("system", "timer pump")]
    [TestCase("system:system", "timer pump")]
    [TestCase("reporter", "reporter")]
    [TestCase("system:*", "name each system")]
    [TestCase("county-12345", "is not a position")]
    [TestCase("", "is empty")]
    public void CheckWriting_GrantNoSenderMayHold_SaysWhy(string written, string why) =>
        Assert.That(SenderGrants.CheckWriting(written), Does.Contain(why));

    [Test]
    public void Check_PositionTheOrganisationLacks_IsNamedWithItsSenderAndIndex()
    {
        var senders = new BusSenders(new Dictionary<string, IReadOnlyList<string>> { ["x"] = ["office:demolition-office", "office:no-such-office"] });

        var errors = senders.Check(WorkflowsFile.Definition);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Is.EqualTo(("x", 1, errors[0].Error)));
        Assert.That(errors[0].Error, Does.Contain("'office:no-such-office' names no office").And.Contain("office:demolition-office"));
    }
}
