using System.Security.Cryptography;
using CaseFlow.Engine.Reporting;

namespace CaseFlow.Engine.Tests.Reporting;

public class ReporterLinksTests
{
    private static readonly ReporterLinks Links = new(RandomNumberGenerator.GetBytes(32), "https://wuxi.example/reporter/");

    [Test]
    public void Verifies_TheCodeIssuedForTheCase_IsTrue()
    {
        var id = Guid.NewGuid();

        Assert.That(Links.Verifies(id, Links.Issue(id)), Is.True);
    }

    [Test]
    public void Verifies_AnotherCasesCode_IsFalse()
    {
        Assert.That(Links.Verifies(Guid.NewGuid(), Links.Issue(Guid.NewGuid())), Is.False);
    }

    [Test]
    public void Verifies_ACodeWithOneCharacterChanged_IsFalse()
    {
        var id = Guid.NewGuid();
        var code = Links.Issue(id);
        var changed = (code[0] == 'A' ? 'B' : 'A') + code[1..];

        Assert.That(Links.Verifies(id, changed), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("short")]
    public void Verifies_NoCodeOrAMalformedOne_IsFalse(string? code)
    {
        Assert.That(Links.Verifies(Guid.NewGuid(), code), Is.False);
    }

    [Test]
    public void Verifies_TheSameCaseUnderAnotherKey_IsFalse()
    {
        var id = Guid.NewGuid();
        var other = new ReporterLinks(RandomNumberGenerator.GetBytes(32), "https://wuxi.example/reporter");

        Assert.That(other.Verifies(id, Links.Issue(id)), Is.False);
    }

    [Test]
    public void Link_PointsAtTheCaseUnderTheLinkBaseWithItsCode()
    {
        var id = Guid.Parse("0193c2a0-0000-7000-8000-000000000001");

        Assert.That(Links.Link(id), Is.EqualTo($"https://wuxi.example/reporter/0193c2a0-0000-7000-8000-000000000001?code={Links.Issue(id)}"));
    }

    [Test]
    public void Constructor_KeyShorterThan32Bytes_IsRefused()
    {
        Assert.That(() => new ReporterLinks(new byte[16], "https://wuxi.example/reporter"), Throws.ArgumentException.With.Message.Contains("32 bytes"));
    }

    [Test]
    public void ReadKeyText_NotBase64_SaysWhatToDo()
    {
        Assert.That(() => ReporterLinks.ReadKeyText("not a key!", "/etc/caseflow/reporter-link.key"),
            Throws.InvalidOperationException.With.Message.Contains("/etc/caseflow/reporter-link.key").And.Message.Contains("delete it"));
    }
}
