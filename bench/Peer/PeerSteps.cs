using CaseFlow.Contracts.Events;
using MassTransit;

namespace CaseFlow.Bench.Peer;

/// <summary>What every step of the peer does, as CaseFlow does it: move, publish CaseStateChanged, answer the request.</summary>
internal static class PeerSteps
{
    public static EventActivityBinder<PeerCase, T> Step<T>(this EventActivityBinder<PeerCase, T> binder, TimeProvider time, string trigger, State to, Func<BehaviorContext<PeerCase, T>, string> actor)
        where T : class =>
        binder
            .Then(c =>
            {
                c.Saga.Steps++;
                c.Saga.PreviousState = c.Saga.CurrentState;
            })
            .TransitionTo(to)
            .Publish(c => new CaseStateChanged
            {
                CaseId = c.Saga.CorrelationId,
                Sequence = c.Saga.Steps,
                Trigger = trigger,
                From = c.Saga.PreviousState,
                To = to.Name,
                Actor = actor(c),
                At = time.GetUtcNow(),
            })
            .Respond(c => PeerCaseMachine.Accepted(c.Saga, trigger));
}
