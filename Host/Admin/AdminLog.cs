namespace CaseFlow.Host.Admin;

/// <summary>The log lines of definition administration.</summary>
internal static partial class AdminLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Path} for changes every {Interval}")]
    public static partial void Watching(ILogger logger, string path, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Definition {Path} changed and was published as version {Version} ({What}); new cases start on it")]
    public static partial void Republished(ILogger logger, string path, int version, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Definition {Path} changed but is not valid; version {Version} keeps serving. {Count} error(s):\n{Errors}")]
    public static partial void ChangeRefused(ILogger logger, string path, int version, int count, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking definition {Path} for changes failed; trying again at the next poll")]
    public static partial void WatchFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar version {Version} published by {Actor} ({What}): {Recomputed} provisional deadline(s) recomputed, {Provisional} case(s) still provisional")]
    public static partial void CalendarPublished(ILogger logger, int version, string actor, string what, int recomputed, int provisional);

    [LoggerMessage(Level = LogLevel.Information, Message = "Definition version {Version} published from {Source} by {Actor} ({What})")]
    public static partial void Published(ILogger logger, int version, string source, string actor, string what);
}
