using BenchmarkDotNet.Attributes;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using Stateless;

namespace CaseFlow.Bench.Micro;

/// <summary>
/// One transition — the lead office signs for a case (dispatch.AssignedToOffice → handle.Accepted, clock started, supervision on) —
/// through CaseFlow's decide and apply, beside a bare Stateless Fire of the same trigger on a hand-written machine.
/// </summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private CompiledDefinition _definition = null!;
    private CaseState _state = null!;
    private CaseCommand _signFor = null!;
    private HandWrittenDispatch _handWritten = null!;
    private StateMachine<string, string> _machine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = MicroDefinition.Compiled;
        var sample = SampleCase.AssignedToOffice(_definition);
        _state = sample.State;
        _signFor = sample.Command(Triggers.SignFor, actor: sample.LeadOffice);
        _handWritten = new HandWrittenDispatch();
        _machine = _handWritten.Build();
    }

    [Benchmark(Description = "CaseFlow: decide + apply (SignFor)")]
    public CaseState DecideAndApply()
    {
        var decision = CaseDecider.Decide(_state, _signFor, _definition, Now);
        return CaseEvolver.Apply(_state, decision.Events[0], _definition);
    }

    [Benchmark(Description = "CaseFlow: decide + seal (SHA-256) + apply (SignFor)")]
    public CaseState DecideSealApply()
    {
        var decision = CaseDecider.Decide(_state, _signFor, _definition, Now);
        var sealedEvents = EventChain.Seal(decision.Events, _state.LastHash);
        return CaseEvolver.Apply(_state, sealedEvents[0], _definition);
    }

    [Benchmark(Baseline = true, Description = "Stateless: Fire on a hand-written machine, built once (SignFor)")]
    public string StatelessFire()
    {
        _handWritten.State = "AssignedToOffice";
        _machine.Fire("SignFor");
        return _handWritten.State;
    }

    [Benchmark(Description = "Stateless: build the hand-written machine + Fire (SignFor)")]
    public string StatelessBuildAndFire()
    {
        _handWritten.State = "AssignedToOffice";
        _handWritten.Build().Fire("SignFor");
        return _handWritten.State;
    }
}
