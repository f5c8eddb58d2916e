using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>Where attachments are kept and how long uploads wait for a command (section "CaseFlow:Attachments").</summary>
public sealed class AttachmentOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Attachments";

    /// <summary>
    /// The folder the embedded store (SQLite) keeps attachments in; default: beside the database file, named after it with
    /// <c>.attachments</c> (caseflow.db.attachments). On PostgreSQL they are kept in the database and this is not used.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>How long an upload no command has recorded is kept for its uploader.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "CaseFlow:Attachments:StagedFor must be between 00:05:00 and 7.00:00:00, e.g. 1.00:00:00 (24 hours)")]
    public TimeSpan StagedFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The folder actually used beside <paramref name="database"/>.</summary>
    public string ResolvedFolder(string database) => string.IsNullOrWhiteSpace(Folder) ? Path.GetFullPath(database) + ".attachments" : Path.GetFullPath(Folder);
}
