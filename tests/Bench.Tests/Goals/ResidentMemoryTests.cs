using CaseFlow.Bench.Goals;

namespace CaseFlow.Bench.Tests.Goals;

/// <summary>The memory part's arithmetic: what one held case costs is read between the two measurements, not from the baseline.</summary>
public class ResidentMemoryTests
{
    private const long Mb = 1024 * 1024;

    [Test]
    public void BytesPerHeldCase_IsTheDifferenceBetweenTheMeasurementsOverTheStatesHeldBeyondTheBound()
    {
        // 100,000 held at 306 MB, 10,000 held at 195 MB: 111 MB for 90,000 more states, 1,293.2 bytes each (by hand).
        var memory = new ResidentMemory(100_000, 306 * Mb) { Held = 100_000, BaselineBytes = 255 * Mb, BoundedBytes = 195 * Mb, BoundedHeld = 10_000 };

        Assert.That(memory.BytesPerHeldCase, Is.EqualTo(1293.2).Within(0.1));
    }

    [Test]
    public void BytesPerHeldCase_WithoutASecondMeasurement_IsZeroNotAGuess()
    {
        var memory = new ResidentMemory(5_000, 150 * Mb) { Held = 5_000, BoundedHeld = 5_000, BoundedBytes = 160 * Mb };

        Assert.That(memory.BytesPerHeldCase, Is.Zero);
    }

    [Test]
    public void Text_SaysBothMeasurementsInMegabytes()
    {
        var memory = new ResidentMemory(100_000, 306 * Mb) { Held = 100_000, Capacity = 100_000, BaselineBytes = 255 * Mb, BoundedBytes = 195 * Mb, BoundedHeld = 10_000, BoundedCapacity = 10_000 };

        Assert.Multiple(() =>
        {
            Assert.That(memory.ToString(), Does.Contain("resident 306 MB with all 100,000 held"));
            Assert.That(memory.ToString(), Does.Contain("195 MB at the default capacity 10,000 (10,000 held)"));
        });
    }
}
