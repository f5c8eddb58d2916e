using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Audit;

public sealed class PersonalDataTests
{
    [TestCase("13857881234", "138****1234")]
    [TestCase("0578-5123456", "057*****3456")]
    [TestCase("1234", "****")]
    public void MaskPhone_Number_KeepsOnlyTheEnds(string phone, string masked) =>
        Assert.That(PersonalData.MaskPhone(phone), Is.EqualTo(masked));

    [Test]
    public void MaskIdNumber_IdCard_KeepsFourAtEachEnd() =>
        Assert.That(PersonalData.MaskIdNumber("331125199001011234"), Is.EqualTo("3311**********1234"));

    [Test]
    public void ToCsv_WithoutPersonalData_MasksNamePhoneAndId()
    {
        var e = Submitted(new Reporter("叶女士", "13857881234", "331125199001011234"));

        var csv = HistoryExport.ToCsv([e], includePersonalData: false);

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("叶**").And.Contain("138****1234").And.Contain("3311**********1234"));
            Assert.That(csv, Does.Not.Contain("13857881234").And.Not.Contain("331125199001011234").And.Not.Contain("叶女士"));
        });
    }

    [Test]
    public void ToJson_WithPersonalData_KeepsTheNumbers()
    {
        var e = Submitted(new Reporter("叶女士", "13857881234", "331125199001011234"));

        var json = HistoryExport.ToJson([e], includePersonalData: true);

        Assert.That(json, Does.Contain("13857881234").And.Contain("331125199001011234"));
    }

    [Test]
    public void ToCsv_ValueWithCommaAndQuote_IsQuotedPerRfc4180()
    {
        var e = Submitted(null) with { Payload = new CasePayload { Note = "他说：\"先放着, 明天再说\"" } };

        var csv = HistoryExport.ToCsv([e], includePersonalData: false);

        Assert.That(csv, Does.Contain("\"他说：\"\"先放着, 明天再说\"\"\""));
    }

    private static CaseEvent Submitted(Reporter? reporter) => new()
    {
        CaseId = Guid.NewGuid(),
        Sequence = 1,
        Trigger = Triggers.Submit,
        From = "",
        Reached = "receive.Submitted",
        To = "receive.Submitted",
        Actor = "command-room",
        At = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)),
        DefinitionVersion = 1,
        Payload = new CasePayload { Reporter = reporter },
    };
}
