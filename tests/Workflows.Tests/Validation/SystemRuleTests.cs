namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>The organisation's systems on a broken copy of the real file: ids of their own, known roles.</summary>
public class SystemRuleTests
{
    [Test]
    public void Parse_TwoSystemsWithOneId_ReportsTheSecond()
    {
        var result = BrokenDefinition.Load(root => root.Systems()[2]!["id"] = "ping-an-tong");

        result.ErrorAt("$.organisation.systems[2].id", "duplicate system id 'ping-an-tong'").Names("unique");
    }

    [TestCase("command-room", "the command room")]
    [TestCase("party-secretary", "the leader 乡党委书记")]
    [TestCase("police-station", "the office ")]
    [TestCase("grid-member-3", "the grid member of ")]
    public void Parse_SystemIdSomeoneElseHas_ReportsWhoHasIt(string id, string holder)
    {
        var result = BrokenDefinition.Load(root => root.Systems()[1]!["id"] = id);

        result.ErrorAt("$.organisation.systems[1].id", $"'{id}'").Names("already the id of " + holder, "no one else has");
    }

    [TestCase("system", "timer pump")]
    [TestCase("reporter", "the person who reported a case")]
    public void Parse_SystemIdReserved_ReportsWhatTheIdIsRecordedFor(string id, string meaning)
    {
        var result = BrokenDefinition.Load(root => root.Systems()[0]!["id"] = id);

        result.ErrorAt("$.organisation.systems[0].id", "reserved").Names($"'{id}'", meaning, "an id of its own");
    }

    [Test]
    public void Parse_UnknownSystemRole_ReportsItAndListsTheRoles()
    {
        var result = BrokenDefinition.Load(root => root.Systems()[3]!["role"] = "hotline");

        result.ErrorAt("$.organisation.systems[3].role", "unknown system role 'hotline'").Names(["county", "intake"]);
    }

    [Test]
    public void Parse_SystemWithoutIdBesideACommandRoomWithout_ReportsOnlyTheMissingIds()
    {
        var result = BrokenDefinition.Load(root =>
        {
            root.Systems()[1]!["id"] = "";
            root.Organisation()["commandRoom"]!["id"] = "";
        });

        result.ErrorAt("$.organisation.systems[1].id", "non-empty id");
        result.ErrorAt("$.organisation.commandRoom.id", "needs an id");
        Assert.That(result.Errors.Select(e => e.Message), Has.None.Contains("already the id of"));
    }
}
