using CaseFlow.Bench.Goals;

namespace CaseFlow.Bench.Tests.Goals;

/// <summary>
/// A goal's verdict: at least or at most its target, the target itself passing; the ratio is measured ÷ target; a part not run, or
/// a number not measured, is neither a pass nor a fail.
/// </summary>
public class GoalResultTests
{
    private static readonly Goal AtLeastTenThousand = new("embedded", GoalUnit.TransitionsPerSecond, GoalDirection.AtLeast, 10_000);
    private static readonly Goal AtMostThreeSeconds = new("verify", GoalUnit.Seconds, GoalDirection.AtMost, 3);
    private static readonly Goal ReportedOnly = new("memory", GoalUnit.Megabytes, GoalDirection.AtMost, null);

    // The goal types are internal to the suite (and linked in here), so the cases give the expected verdict by name.
    [TestCase(10_000.0, "Pass")]
    [TestCase(10_000.5, "Pass")]
    [TestCase(9_999.9, "Fail")]
    [TestCase(0.0, "Fail")]
    [TestCase(double.PositiveInfinity, "Pass")]
    public void Of_AtLeastGoal_PassesFromTheTargetUp(double measured, string expected) =>
        Assert.That(GoalResult.Of(AtLeastTenThousand, measured, "").Status.ToString(), Is.EqualTo(expected));

    [TestCase(3.0, "Pass")]
    [TestCase(0.4, "Pass")]
    [TestCase(3.01, "Fail")]
    [TestCase(6.5, "Fail")]
    public void Of_AtMostGoal_PassesFromTheTargetDown(double measured, string expected) =>
        Assert.That(GoalResult.Of(AtMostThreeSeconds, measured, "").Status.ToString(), Is.EqualTo(expected));

    [Test]
    public void Ratio_IsMeasuredOverTarget_InEitherDirection()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GoalResult.Of(AtLeastTenThousand, 2_500, "").Ratio, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(GoalResult.Of(AtMostThreeSeconds, 6.5, "").Ratio, Is.EqualTo(6.5 / 3).Within(1e-12));
            Assert.That(GoalResult.Of(AtMostThreeSeconds, 6.5, "").RatioText, Is.EqualTo("2.17×"));
        });
    }

    [Test]
    public void Of_NotANumber_IsNotMeasuredRatherThanAPassOrAFail()
    {
        var result = GoalResult.Of(AtLeastTenThousand, double.NaN, "0 ÷ 0 cases/s");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(GoalStatus.NotMeasured));
            Assert.That(result.Measured, Is.Null);
            Assert.That(result.Detail, Does.Contain("0 ÷ 0 cases/s"));
        });
    }

    [Test]
    public void NotRun_HasNoValueNoRatioAndSaysSo()
    {
        var result = GoalResult.NotRun(AtLeastTenThousand, "./bench.sh embedded");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(GoalStatus.NotRun));
            Assert.That(result.StatusText, Is.EqualTo("not run"));
            Assert.That(result.Ratio, Is.Null);
            Assert.That(result.MeasuredText, Is.EqualTo("—"));
        });
    }

    [Test]
    public void Of_GoalWithoutTarget_IsReportedWithoutRatio()
    {
        var result = GoalResult.Of(ReportedOnly, 300.0 * 1024 * 1024, "100,000 open cases");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(GoalStatus.Reported));
            Assert.That(result.Ratio, Is.Null);
            Assert.That(result.MeasuredText, Is.EqualTo("300 MB"));
            Assert.That(ReportedOnly.TargetText, Is.EqualTo("reported"));
        });
    }

    [Test]
    public void StatusText_PassAndFail_AreTheWordsTheIssueAsksFor()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GoalResult.Of(AtLeastTenThousand, 12_000, "").StatusText, Is.EqualTo("PASS"));
            Assert.That(GoalResult.Of(AtLeastTenThousand, 8_000, "").StatusText, Is.EqualTo("FAIL"));
        });
    }

    [TestCase("TransitionsPerSecond", "AtLeast", 10_000, "≥ 10,000 transitions/s")]
    [TestCase("Times", "AtLeast", 2, "≥ 2.00×")]
    [TestCase("Share", "AtLeast", 0.8, "≥ 80.0 %")]
    [TestCase("Bytes", "AtMost", 4096, "≤ 4.0 KB")]
    [TestCase("Seconds", "AtMost", 1, "≤ 1.00 s")]
    public void TargetText_ShowsDirectionAndUnit(string unit, string direction, double target, string expected) =>
        Assert.That(new Goal("g", Enum.Parse<GoalUnit>(unit), Enum.Parse<GoalDirection>(direction), target).TargetText, Is.EqualTo(expected));
}
