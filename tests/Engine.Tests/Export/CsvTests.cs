using CaseFlow.Engine.Export;

namespace CaseFlow.Engine.Tests.Export;

public class CsvTests
{
    [TestCase("=HYPERLINK(\"http://evil.example\",\"点此\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\"")]
    [TestCase("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [TestCase("+86 138", "'+86 138")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("\tcmd", "'\tcmd")]
    [TestCase("\r=1", "\"'\r=1\"")]
    public void Cell_TextASpreadsheetWouldRun_IsLedByAQuote(string value, string expected)
    {
        Assert.That(Csv.Cell(value), Is.EqualTo(expected));
    }

    [TestCase("村口违建", "村口违建")]
    [TestCase("a=b", "a=b")]
    [TestCase("has, comma", "\"has, comma\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase(null, "")]
    public void Cell_OrdinaryText_IsAsRfc4180Writes(string? value, string expected)
    {
        Assert.That(Csv.Cell(value), Is.EqualTo(expected));
    }

    [Test]
    public void Row_JoinsCellsWithCommas()
    {
        Assert.That(Csv.Row(["1", "=1+1", null]), Is.EqualTo("1,'=1+1,"));
    }
}

public class HistoryExportCsvTests
{
    [Test]
    public void ToCsv_ReasonWrittenAsAFormula_IsExportedAsText()
    {
        var scenario = CaseScenario.Submitted().Then(Engine.Cases.Triggers.MarkInvalid, new Engine.Cases.CasePayload { Reason = "=HYPERLINK(\"http://evil.example\")" });

        var csv = Engine.Audit.HistoryExport.ToCsv(scenario.History, includePersonalData: false);

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
            Assert.That(csv, Does.Not.Contain(",=HYPERLINK"));
        });
    }
}
