using System.Security.Cryptography;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Domain.Tests.Privacy;

public sealed class SealedValueTests
{
    private static readonly Guid CaseId = Guid.Parse("0193a7c2-0000-7000-8000-000000000001");
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    // The catalogue's names of the reporter's fields; which fields are personal, and how they are read, is the engine's (PersonalFields).
    private const string ReporterName = "reporter.name";
    private const string ReporterPhone = "reporter.phone";

    [Test]
    public void Seal_ThenOpenWithTheCaseKey_GivesTheValueBack()
    {
        var sealedText = SealedValue.Seal(CaseId, ReporterPhone, "13857881234", Key);

        Assert.Multiple(() =>
        {
            Assert.That(sealedText, Does.StartWith("pd:v1:reporter.phone:").And.Not.Contain("1385788"));
            Assert.That(SealedValue.TryParse(sealedText, out var parts), Is.True);
            Assert.That(parts.CaseId, Is.EqualTo(CaseId));
            Assert.That(SealedValue.Open(parts, Key), Is.EqualTo("13857881234"));
        });
    }

    [Test]
    public void Seal_SameValueTwice_GivesDifferentText()
    {
        var first = SealedValue.Seal(CaseId, ReporterName, "叶女士", Key);
        var second = SealedValue.Seal(CaseId, ReporterName, "叶女士", Key);

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void Open_WithAnotherKey_IsNull()
    {
        var parsed = SealedValue.TryParse(SealedValue.Seal(CaseId, ReporterPhone, "13857881234", Key), out var parts);

        Assert.That((parsed, SealedValue.Open(parts, RandomNumberGenerator.GetBytes(32))), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public void Open_MovedToAnotherField_IsNull()
    {
        var phone = SealedValue.Seal(CaseId, ReporterPhone, "13857881234", Key);
        var parsed = SealedValue.TryParse(phone.Replace("reporter.phone", "reporter.name", StringComparison.Ordinal), out var moved);

        Assert.That((parsed, SealedValue.Open(moved, Key)), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public void Open_OneCharacterOfTheCiphertextChanged_IsNull()
    {
        var text = SealedValue.Seal(CaseId, ReporterPhone, "13857881234", Key);
        var last = text[^5];
        var changed = string.Concat(text.AsSpan(0, text.Length - 5), last == 'A' ? "B" : "A", text.AsSpan(text.Length - 4));
        var parsed = SealedValue.TryParse(changed, out var parts);

        Assert.That((parsed, SealedValue.Open(parts, Key)), Is.EqualTo((true, (string?)null)));
    }

    [Test]
    public void Replace_InsideLongerText_ReplacesEachSealedValue()
    {
        var name = SealedValue.Seal(CaseId, ReporterName, "叶女士", Key);
        var phone = SealedValue.Seal(CaseId, ReporterPhone, "13857881234", Key);

        var shown = SealedValue.Replace($"{{\"reporter\":\"{name}\",\"phone\":\"{phone}\"}}", v => v.Field);

        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EqualTo("{\"reporter\":\"reporter.name\",\"phone\":\"reporter.phone\"}"));
            Assert.That(SealedValue.CasesIn($"{name} and {phone}"), Is.EqualTo(new[] { CaseId, CaseId }));
        });
    }

    [TestCase("pd:v1:reporter.phone:short")]
    [TestCase("13857881234")]
    [TestCase("")]
    public void TryParse_NotASealedValue_IsFalse(string text) => Assert.That(SealedValue.TryParse(text, out _), Is.False);
}
