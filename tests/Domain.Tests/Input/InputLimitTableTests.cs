using CaseFlow.Engine.Input;

namespace CaseFlow.Domain.Tests.Input;

public class InputLimitTableTests
{
    [Test]
    public void Markdown_IsTheTableTheIntegratorsPageCarries()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(WorkflowsFile.Path)!, "docs", "integrators.md")).ReplaceLineEndings("\n");
        var begin = readme.IndexOf(InputLimitTable.Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(InputLimitTable.End, StringComparison.Ordinal);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0), "docs/integrators.md should carry the table of input limits between its markers");
        var carried = readme[(begin + InputLimitTable.Begin.Length)..end].Trim();

        var expected = InputLimitTable.Markdown().ReplaceLineEndings("\n").Trim();
        Assert.That(carried, Is.EqualTo(expected), $"docs/integrators.md's table of input limits is out of date; put this between its markers:\n{expected}");
    }

    [Test]
    public void Markdown_ListsEveryFieldWithItsLimit()
    {
        var table = InputLimitTable.Markdown();

        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Contain("| `title` | 200 | free text |"));
            Assert.That(table, Does.Contain("| `clientKey` | 128 | identifier |"));
            Assert.That(table, Does.Contain("| `note`, `message`, `comment` | 4000 | free text |"));
        });
    }
}
