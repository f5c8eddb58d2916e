using Stateless;

namespace CaseFlow.Bench.Micro;

/// <summary>
/// The dispatch workflow of workflows.json written by hand as a Stateless machine over an external string state — what a team
/// would write without a declared definition. Guards read plain fields instead of CaseFlow's declarative conditions.
/// </summary>
internal sealed class HandWrittenDispatch
{
    public string State { get; set; } = "AwaitingDispatch";

    public int CoHandlers { get; set; }

    public StateMachine<string, string> Build()
    {
        var machine = new StateMachine<string, string>(() => State, s => State = s);
        machine.Configure("AwaitingDispatch").Permit("Dispatch", "AssignedToPlatform").Permit("EscalateToCounty", "EscalatedToCounty");
        machine.Configure("Returned").Permit("Dispatch", "AssignedToPlatform").Permit("EscalateToCounty", "EscalatedToCounty");
        machine.Configure("AssignedToPlatform")
            .PermitIf("Assign", "AssignedToOffice", () => CoHandlers == 0, "no co-handlers")
            .PermitIf("Assign", "JointHandling", () => CoHandlers > 0, "co-handlers")
            .Permit("Return", "Returned");
        machine.Configure("AssignedToOffice").Permit("Return", "Returned").Permit("SignFor", "SignedFor");
        machine.Configure("JointHandling").Permit("Return", "Returned").Permit("SignFor", "SignedFor");
        machine.Configure("EscalatedToCounty").Permit("CountyAccept", "CountyAccepted").Permit("CountySendBack", "AwaitingDispatch");
        machine.Configure("CountyAccepted")
            .Permit("CountyAssign", "CountyAssigned").PermitReentry("CountyProgress").PermitReentry("CountyUrge")
            .Permit("CountyResolve", "CountyResolved").Permit("CountySendBack", "AwaitingDispatch");
        machine.Configure("CountyAssigned")
            .PermitReentry("CountyAssign").PermitReentry("CountyProgress").PermitReentry("CountyUrge")
            .Permit("CountyResolve", "CountyResolved").Permit("CountySendBack", "AwaitingDispatch");
        return machine;
    }
}
