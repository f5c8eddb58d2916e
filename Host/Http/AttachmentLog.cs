namespace CaseFlow.Host.Http;

/// <summary>Log messages of attachments (ids only: the log never holds personal data).</summary>
internal static partial class AttachmentLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Attachment {AttachmentId} of case {CaseId} read by {Identity}")]
    public static partial void Read(ILogger logger, Guid attachmentId, Guid caseId, string identity);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Attachment {AttachmentId} of case {CaseId} is not as recorded ({Status}): {Detail}")]
    public static partial void NotAsRecorded(ILogger logger, Guid attachmentId, Guid caseId, string status, string detail);
}
