using System.Runtime.CompilerServices;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Attachments;

/// <summary>The attachment service components built on a case store share when the host gives none (tests, tools).</summary>
public static class AttachmentStores
{
    private static readonly ConditionalWeakTable<ICaseStore, AttachmentService> Ephemeral = [];

    /// <summary>
    /// The store that goes with <paramref name="store"/> when nothing else is configured: the store itself when it keeps attachments
    /// (PostgreSQL), else a folder of this process's own under the temporary folder.
    /// </summary>
    public static AttachmentService EphemeralFor(ICaseStore store, PersonalDataVault vault)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(vault);
        return Ephemeral.GetValue(store, s => new AttachmentService(
            s as IAttachmentStore ?? new FolderAttachmentStore(Path.Combine(Path.GetTempPath(), "caseflow-attachments", Guid.NewGuid().ToString("N"))),
            vault,
            TimeProvider.System));
    }
}
