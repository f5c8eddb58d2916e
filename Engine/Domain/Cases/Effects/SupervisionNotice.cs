using CaseFlow.Contracts.Events;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>The notice a supervision step sends the case's lead office (warning, urging, overdue), about its handling deadline.</summary>
internal static class SupervisionNotice
{
    public static SupervisionNoticeIssued ToOffice(string kind, CaseEvent e, CaseState state) => new()
    {
        CaseId = e.CaseId,
        Kind = kind,
        Recipient = state.LeadOffice ?? "",
        SupervisionState = state.Supervision ?? "",
        Note = e.Payload.Note,
        Deadline = state.HandlingDeadline,
    };
}
