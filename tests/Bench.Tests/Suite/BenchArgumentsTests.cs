using CaseFlow.Bench.Suite;

namespace CaseFlow.Bench.Tests.Suite;

/// <summary>The suite's arguments: the memory part and its size, and a bad size refused rather than guessed.</summary>
public class BenchArgumentsTests
{
    [Test]
    public void Memory_WithOpen_RunsOnlyThatPartAtThatSize()
    {
        var parsed = BenchArguments.Parse(["memory", "--open", "5000"]);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.Not.Null);
            Assert.That(parsed!.OpenCases, Is.EqualTo(5000));
            Assert.That(parsed.Runs("memory"), Is.True);
            Assert.That(parsed.Runs("load"), Is.False);
            Assert.That(parsed.FileStem, Is.EqualTo("latest-memory"));
        });
    }

    [Test]
    public void All_RunsTheMemoryPartAtTheGoalsSize()
    {
        var parsed = BenchArguments.Parse([]);

        Assert.Multiple(() =>
        {
            Assert.That(parsed!.Runs("memory"), Is.True);
            Assert.That(parsed.OpenCases, Is.EqualTo(100_000));
        });
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("many")]
    public void Open_NotAPositiveNumber_IsRefused(string value)
    {
        Assert.That(BenchArguments.Parse(["memory", "--open", value]), Is.Null);
    }
}
