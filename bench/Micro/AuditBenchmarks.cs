using BenchmarkDotNet.Attributes;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Micro;

/// <summary>The audit's unit costs: checking one event's link and hash, and replaying a 50-event case through its definition.</summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private const int ChainLength = 50;
    private CompiledDefinition _definition = null!;
    private IReadOnlyList<CaseEvent> _history = null!;
    private CaseState _stored = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = MicroDefinition.Compiled;
        var sample = SampleCase.Closed(_definition, progressReports: ChainLength - 10);
        _history = sample.History;
        _stored = sample.State;
        if (_history.Count != ChainLength)
        {
            throw new InvalidOperationException($"the sample case has {_history.Count} events, not {ChainLength}");
        }
    }

    /// <summary>What ChainVerifier does per event, averaged over a 50-event case: sequence, link to the previous hash, recomputed hash.</summary>
    [Benchmark(OperationsPerInvoke = ChainLength, Description = "hash chain: verify one event (mean over a 50-event case)")]
    public bool VerifyPerEvent()
    {
        var previous = EventChain.Genesis;
        var intact = true;
        for (var i = 0; i < _history.Count; i++)
        {
            var e = _history[i];
            intact &= e.Sequence == i + 1 && e.PreviousHash == previous && EventChain.Compute(e) == e.Hash;
            previous = e.Hash;
        }

        return intact;
    }

    [Benchmark(Description = "replay a 50-event case (audit: re-decide every event, chain, final state)")]
    public ReplayReport Replay50() => CaseReplayer.Replay(_stored.Id, _history, _definition, _stored);

    [Benchmark(Description = "fold a 50-event case (CaseEvolver.Replay, as every command does)")]
    public CaseState? Fold50() => CaseEvolver.Replay(_history, _definition);
}
