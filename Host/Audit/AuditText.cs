using System.Globalization;
using System.Text;
using CaseFlow.Engine.Audit;

namespace CaseFlow.Host.Audit;

/// <summary>Plain-text reports for the audit verbs.</summary>
internal static class AuditText
{
    public static string Replay(ReplayReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"case {report.CaseId}, definition version {report.DefinitionVersion}, {report.Steps.Count} events");
        foreach (var s in report.Steps)
        {
            var reason = s.Reason is null ? "" : $"  reason: {s.Reason}";
            var deadline = s.Deadline is null ? "" : $"  deadline: {s.Deadline:yyyy-MM-dd HH:mm zzz}";
            var effects = s.Effects.Count == 0 ? "" : $"  [{string.Join(", ", s.Effects)}]";
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Sequence,4}  {s.At:yyyy-MM-dd HH:mm:ss zzz}  {s.Actor} ({s.ActorKind}{(s.Identity.Length == 0 ? "" : $", {s.Identity}")})  {s.Trigger}: {Arrow(s.From)} → {s.To}{(s.Supervision is null ? "" : $" / {s.Supervision}")}{effects}{deadline}{reason}");
        }

        text.AppendLine(report.IsFaithful ? "faithful: every event re-derives through the pinned definition and the chain holds" : $"{report.Divergences.Count} divergence(s):");
        foreach (var d in report.Divergences)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  event {d.Sequence} [{d.Kind}] {d.Message}");
        }

        return text.ToString();
    }

    public static string Verify(VerifyReport report)
    {
        var text = new StringBuilder();
        var rate = report.Elapsed.TotalSeconds > 0 ? report.Events / report.Elapsed.TotalSeconds : 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"verified {report.Cases} cases, {report.Events} events in {report.Elapsed.TotalSeconds:F2} s ({rate:F0} events/s): {(report.IsIntact ? "every chain holds" : $"{report.Broken.Count} broken")}");
        foreach (var b in report.Broken)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  case {b.CaseId}: first bad event {b.FirstBadSequence}: {b.Reason}");
        }

        var faults = report.Attachments.Count(a => a.IsFault);
        text.AppendLine(CultureInfo.InvariantCulture, $"attachments: {report.AttachmentsChecked} checked, {(faults == 0 ? "every one as recorded" : $"{faults} not as recorded")}{(report.Attachments.Count > faults ? $", {report.Attachments.Count - faults} erased with their case's personal data" : "")}");
        foreach (var a in report.Attachments)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  case {a.CaseId}: event {a.Sequence}: attachment {a.AttachmentId}: {(a.IsFault ? "" : "erased: ")}{a.Reason}");
        }

        return text.ToString();
    }

    private static string Arrow(string from) => from.Length == 0 ? "(new)" : from;
}
