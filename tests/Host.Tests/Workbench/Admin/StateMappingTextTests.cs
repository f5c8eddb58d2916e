using CaseFlow.Host.Workbench.Admin;

namespace CaseFlow.Host.Tests.Workbench.Admin;

public sealed class StateMappingTextTests
{
    [Test]
    public void Parse_LinesOfOldEqualsNew_GivesTheMapping()
    {
        var (mapping, bad) = StateMappingText.Parse("handle.InProgress = handle.Working\r\n\r\n  supervise.Warned=supervise.OnTrack  \n");

        Assert.That(mapping, Is.EqualTo(new Dictionary<string, string> { ["handle.InProgress"] = "handle.Working", ["supervise.Warned"] = "supervise.OnTrack" }));
        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void Parse_LineWithoutEqualsOrRepeatingAState_IsNamedByNumber()
    {
        var (_, bad) = StateMappingText.Parse("a.B -> a.C\na.B = a.C\na.B = a.D\n= a.E");

        Assert.That(bad, Is.EqualTo(new[] { 1, 3, 4 }));
    }
}
