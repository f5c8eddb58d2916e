using CaseFlow.Host.Cli;

namespace CaseFlow.Host.Tests.Cli;

/// <summary>The plain progress lines a long verb writes when its output is redirected.</summary>
[TestFixture]
public sealed class VerbProgressTests
{
    [Test]
    public void Lines_ReportedOftenEnough_SayEachCountAgainstTheTotalAndALastLine()
    {
        using var error = new StringWriter();
        var lines = new VerbProgress.Lines(error, "verify", "cases checked", 2_000, TimeSpan.Zero);

        lines.Report(500);
        lines.Report(2_000);
        lines.Finish();

        var said = error.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(said, Has.Length.EqualTo(3));
            Assert.That(said[0], Does.StartWith("verify: 500 of 2,000 (25 %) cases checked"));
            Assert.That(said[2], Does.StartWith("verify: 2,000 of 2,000 (100 %) cases checked"));
        });
    }

    [Test]
    public void Lines_ForAVerbShorterThanTheInterval_SayNothing()
    {
        using var error = new StringWriter();
        var lines = new VerbProgress.Lines(error, "export", "events written", null, TimeSpan.FromHours(1));

        lines.Report(1_000);
        lines.Report(2_000);
        lines.Finish();

        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void Lines_WithoutATotal_SayTheCountAlone()
    {
        using var error = new StringWriter();
        var lines = new VerbProgress.Lines(error, "export", "events written", null, TimeSpan.Zero);

        lines.Report(12_345);

        Assert.That(error.ToString(), Does.StartWith("export: 12,345 events written, "));
    }

    [Test]
    public async Task RunAsync_IntoAWriter_IsNotDrawnAsABar()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new VerbContext([], TextReader.Null, output, error);

        var result = await VerbProgress.RunAsync(context, "demo", "cases", 3, progress =>
        {
            progress.Report(3);
            return Task.FromResult(42);
        });

        Assert.Multiple(() =>
        {
            Assert.That(context.Interactive, Is.False);
            Assert.That(result, Is.EqualTo(42));
            Assert.That(output.ToString(), Is.Empty, "progress never goes where the verb's results go");
        });
    }
}
