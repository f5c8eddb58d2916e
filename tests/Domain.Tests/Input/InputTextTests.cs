using CaseFlow.Engine.Input;

namespace CaseFlow.Domain.Tests.Input;

public class InputTextTests
{
    [Test]
    public void Problem_TitleOverItsLimit_SaysItsLengthAndTheMaximum()
    {
        var problem = InputText.Problem("title", new string('题', 201));

        Assert.That(problem, Does.StartWith("title is 201 characters long; it may be at most 200"));
    }

    [Test]
    public void Problem_TitleAtItsLimit_IsNull()
    {
        Assert.That(InputText.Problem("title", new string('题', 200)), Is.Null);
    }

    [Test]
    public void Problem_LengthCountsCharactersNotUtf16Units()
    {
        // 150 emoji are 300 UTF-16 units but 150 characters: within a 200-character title.
        Assert.That(InputText.Problem("title", string.Concat(Enumerable.Repeat("😀", 150))), Is.Null);
    }

    [Test]
    public void Problem_AliasOfAField_IsBoundByItsLimit()
    {
        Assert.That(InputText.Problem("comment", new string('x', 4001)), Does.Contain("at most 4000"));
    }

    [Test]
    public void Problem_Null_IsNull()
    {
        Assert.That(InputText.Problem("reason", null), Is.Null);
    }

    [Test]
    public void Of_FieldTheTableDoesNotKnow_Throws()
    {
        Assert.That(() => InputLimits.Of("colour"), Throws.ArgumentException.With.Message.Contains("colour"));
    }

    [Test]
    public void DateProblem_YearOne_SaysTheAllowedYears()
    {
        Assert.That(InputLimits.DateProblem("deadline", new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)), Does.Contain("years 2000–2100"));
    }

    [Test]
    public void DateProblem_LastInstantOf2100_IsNull()
    {
        Assert.That(InputLimits.DateProblem("deadline", new DateTimeOffset(2100, 12, 31, 23, 59, 59, TimeSpan.Zero)), Is.Null);
    }

    [Test]
    public void PeriodProblem_EndsReversed_SaysToMustComeAfterFrom()
    {
        var from = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.That(InputLimits.PeriodProblem(from, from.AddDays(-1)), Does.Contain("must come after from"));
    }

    [Test]
    public void PeriodProblem_AYear_IsNull()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.That(InputLimits.PeriodProblem(from, from.AddYears(1)), Is.Null);
    }

    [Test]
    public void PeriodProblem_TwoYears_SaysTheLongestPeriod()
    {
        var from = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.That(InputLimits.PeriodProblem(from, from.AddYears(2)), Does.Contain("at most 366 days"));
    }
}
