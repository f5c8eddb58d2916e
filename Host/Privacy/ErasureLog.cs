namespace CaseFlow.Host.Privacy;

/// <summary>Log messages of erasures (ids only: the log never holds personal data).</summary>
internal static partial class ErasureLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Personal data of case {CaseId} erased by {By}")]
    public static partial void Erased(ILogger logger, Guid caseId, string by);
}
