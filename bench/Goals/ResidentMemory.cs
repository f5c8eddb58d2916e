using System.Globalization;

namespace CaseFlow.Bench.Goals;

/// <summary>
/// The memory goal's measurement: the process's resident size (<see cref="Bytes"/>) with <see cref="OpenCases"/> open cases each read
/// through the engine, the state cache sized to hold them all (<see cref="Capacity"/>); beside it the same at the cache's default
/// capacity, which bounds it (<see cref="BoundedBytes"/>), and the resident size before the cases were read.
/// </summary>
internal sealed record ResidentMemory(int OpenCases, long Bytes)
{
    /// <summary>The state cache's capacity in the main measurement.</summary>
    public int Capacity { get; init; }

    /// <summary>Case states the cache held once every case was read.</summary>
    public int Held { get; init; }

    /// <summary>Resident size after the engine started and the store was written, before any case was read.</summary>
    public long BaselineBytes { get; init; }

    /// <summary>The managed heap after every case was read, and before.</summary>
    public long HeapBytes { get; init; }

    public long BaselineHeapBytes { get; init; }

    /// <summary>Resident size, the same cases read, with the cache at its default capacity.</summary>
    public long BoundedBytes { get; init; }

    /// <summary>Resident size before reading, in the measurement at the default capacity.</summary>
    public long BoundedBaselineBytes { get; init; }

    public int BoundedCapacity { get; init; }

    public int BoundedHeld { get; init; }

    /// <summary>
    /// What holding one more case costs: the difference between the two measurements (the same process and store, more states held)
    /// over the difference in states held. (Resident size before reading is no baseline: the bulk write and the listing of the cases
    /// leave memory the collection returns only later.)
    /// </summary>
    public double BytesPerHeldCase => Held == BoundedHeld ? 0 : (Bytes - BoundedBytes) / (double)(Held - BoundedHeld);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{OpenCases:N0} open cases: resident {Mb(Bytes)} MB with all {Held:N0} held (cache capacity {Capacity:N0}; {Mb(BaselineBytes)} MB before reading them, " +
        $"{BytesPerHeldCase / 1024:F1} KB per held case; managed heap {Mb(BaselineHeapBytes)} → {Mb(HeapBytes)} MB); " +
        $"{Mb(BoundedBytes)} MB at the default capacity {BoundedCapacity:N0} ({BoundedHeld:N0} held)");

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);
}
