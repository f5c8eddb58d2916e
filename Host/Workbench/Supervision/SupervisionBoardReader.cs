using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>Reads the 督办 board now: every case from the store (its projection, or its history where that is not current), under the current definition, on the service's clock.</summary>
public sealed class SupervisionBoardReader(ICaseStore store, DefinitionRegistry definitions, TimeProvider time)
{
    /// <summary>The board as the cases stand now.</summary>
    public async Task<SupervisionBoard> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var records = await new CaseRecordReader(store, definitions).ReadAtAsync(now, cancellationToken);
        return SupervisionBoardBuilder.Build(records, definitions.Current, now);
    }
}
