using CaseFlow.Host.Workbench.Admin;

namespace CaseFlow.Host.Tests.Workbench.Admin;

public sealed class JsonPositionsTests
{
    private const string Text = "{\n  \"a\": [1, {\"b\": \"x\"}]\n}";

    [Test]
    public void Find_PathOfAValue_GivesWhereTheValueStandsAndEnds() =>
        Assert.That(JsonPositions.Of(Text).Find("$.a[1].b"), Is.EqualTo(new JsonPosition(2, 18, 2, 21)));

    [Test]
    public void Find_PropertyTheTextLacks_GivesTheNearestEnclosingValue() =>
        Assert.That(JsonPositions.Of(Text).Find("$.a[1].c"), Is.EqualTo(new JsonPosition(2, 12, 2, 22)));

    [Test]
    public void Find_ChineseBeforeTheValue_CountsCharactersNotBytes() =>
        Assert.That(JsonPositions.Of("{\"名\": \"x\", \"b\": 1}").Find("$.b"), Is.EqualTo(new JsonPosition(1, 17, 1, 18)));

    [Test]
    public void Find_SyntaxErrorNamingALine_GivesThatLine() =>
        Assert.That(JsonPositions.Of("{\n  \"a\": 1,\n  oops\n}").Find("$ (line 3, byte 3)"), Is.EqualTo(new JsonPosition(3, 1, 3, 7)));

    [Test]
    public void Find_ValueAfterASyntaxError_GivesTheDocumentAsFarAsItWasRead() =>
        Assert.That(JsonPositions.Of("{\"a\": 1, oops}").Find("$.a"), Is.EqualTo(new JsonPosition(1, 7, 1, 8)));
}
