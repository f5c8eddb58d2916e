using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Tests.Privacy;

public sealed class MasterKeyRingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid CaseId = Guid.Parse("0193a7c2-0000-7000-8000-000000000002");

    [Test]
    public void NewFileText_ThenParse_WrapsAndUnwrapsADataKey()
    {
        var ring = MasterKeyRing.Parse(MasterKeyRing.NewFileText(Now), "keys");
        var (dataKey, wrapped) = ring.NewDataKey(CaseId);

        Assert.Multiple(() =>
        {
            Assert.That(ring.ActiveId, Is.EqualTo("20261130T090000Z"));
            Assert.That(ring.Unwrap(CaseId, ring.ActiveId, wrapped), Is.EqualTo(dataKey));
            Assert.That(wrapped, Is.Not.EqualTo(dataKey));
        });
    }

    [Test]
    public void Unwrap_ForAnotherCase_SaysTheRowWasChanged()
    {
        var ring = MasterKeyRing.Ephemeral();
        var (_, wrapped) = ring.NewDataKey(CaseId);

        Assert.That(() => ring.Unwrap(Guid.NewGuid(), ring.ActiveId, wrapped), Throws.InvalidOperationException.With.Message.Contains("does not unwrap"));
    }

    [Test]
    public void Rotate_KeepsTheOldKeyAndMakesANewOneActive()
    {
        var ring = MasterKeyRing.Parse(MasterKeyRing.NewFileText(Now), "keys");
        var (dataKey, wrapped) = ring.NewDataKey(CaseId);

        var rotated = MasterKeyRing.Parse(ring.Rotate(Now).ToFileText(), "keys");

        Assert.Multiple(() =>
        {
            Assert.That(rotated.ActiveId, Is.EqualTo("20261130T090000Z-2"));
            Assert.That(rotated.Ids, Has.Count.EqualTo(2));
            Assert.That(rotated.Unwrap(CaseId, ring.ActiveId, wrapped), Is.EqualTo(dataKey));
            Assert.That(rotated.Unwrap(CaseId, rotated.ActiveId, rotated.Wrap(CaseId, dataKey)), Is.EqualTo(dataKey));
        });
    }

    [Test]
    public void Retire_DropsOnlyKeysNoLongerUsedAndNeverTheActiveOne()
    {
        var ring = MasterKeyRing.Parse(MasterKeyRing.NewFileText(Now), "keys").Rotate(Now.AddDays(1)).Rotate(Now.AddDays(2));

        var kept = ring.Retire(new HashSet<string> { "20261130T090000Z" });

        Assert.That(kept.Ids, Is.EqualTo(new[] { "20261130T090000Z", "20261202T090000Z" }));
    }

    [Test]
    public void Unwrap_WithAKeyNotHeld_NamesTheKeyToRestore()
    {
        var ring = MasterKeyRing.Ephemeral();

        Assert.That(() => ring.Unwrap(CaseId, "2025-old", new byte[60]), Throws.InvalidOperationException.With.Message.Contains("'2025-old'").And.Message.Contains("restore"));
    }

    [TestCase("not json")]
    [TestCase("{\"keys\":{}}")]
    [TestCase("{\"active\":\"a\",\"keys\":{\"a\":\"c2hvcnQ=\"}}")]
    [TestCase("{\"active\":\"b\",\"keys\":{\"a\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}}")]
    public void Parse_NotAKeyFile_SaysWhatItMustHold(string text) =>
        Assert.That(() => MasterKeyRing.Parse(text, "/etc/caseflow/keys"), Throws.InvalidOperationException.With.Message.Contains("/etc/caseflow/keys").And.Message.Contains("\"active\""));
}
