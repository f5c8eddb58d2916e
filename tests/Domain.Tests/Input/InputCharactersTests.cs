using CaseFlow.Engine.Input;

namespace CaseFlow.Domain.Tests.Input;

public class InputCharactersTests
{
    [Test]
    public void Problem_NulInAnIdentifier_NamesTheFieldTheCodePointAndWhere()
    {
        var problem = InputCharacters.Problem("clientKey", "key\0one", TextKind.Identifier);

        Assert.That(problem, Does.StartWith("clientKey contains U+0000 NULL at position 4; remove it"));
    }

    [Test]
    public void Problem_RightToLeftOverrideInText_NamesItAndItsPosition()
    {
        var problem = InputCharacters.Problem("title", "invoice \u202Efdp.exe", TextKind.FreeText);

        Assert.That(problem, Does.StartWith("title contains U+202E RIGHT-TO-LEFT OVERRIDE at position 9; remove it"));
    }

    [TestCase('\u2066')]
    [TestCase('\u2069')]
    [TestCase('\u202A')]
    [TestCase('\u0085')]
    [TestCase('\u001B')]
    [TestCase('\u007F')]
    public void Problem_ControlOrBidiCharacterInText_IsRefused(char refused)
    {
        Assert.That(InputCharacters.Problem("note", $"a{refused}b", TextKind.FreeText), Does.Contain("at position 2"));
    }

    [Test]
    public void Problem_TabAndLineBreaksInText_AreAllowed()
    {
        Assert.That(InputCharacters.Problem("description", "第一行\r\n第二行\t完", TextKind.FreeText), Is.Null);
    }

    [TestCase('\t')]
    [TestCase('\n')]
    [TestCase('\u200B')]
    [TestCase('\u200D')]
    [TestCase('\u200E')]
    [TestCase('\u200F')]
    [TestCase('\u061C')]
    [TestCase('\u2060')]
    [TestCase('\uFEFF')]
    public void Problem_InvisibleCharacterInAnIdentifier_IsRefused(char refused)
    {
        Assert.That(InputCharacters.Problem("grid", $"grid{refused}1", TextKind.Identifier), Does.Contain($"U+{(int)refused:X4}"));
    }

    [Test]
    public void Problem_ZeroWidthJoinerInText_IsAllowed()
    {
        // An emoji sequence and scripts that join letters need it; it changes no direction.
        Assert.That(InputCharacters.Problem("note", "👩\u200D👩\u200D👧", TextKind.FreeText), Is.Null);
    }

    [Test]
    public void Problem_PlainChineseAndAsciiIdentifier_IsNull()
    {
        Assert.That(InputCharacters.Problem("clientKey", "网格-app-2026-0001", TextKind.Identifier), Is.Null);
    }

    [Test]
    public void Problem_PositionCountsCharactersNotUtf16Units()
    {
        var problem = InputCharacters.Problem("title", "😀😀\0", TextKind.FreeText);

        Assert.That(problem, Does.Contain("at position 3"));
    }
}
