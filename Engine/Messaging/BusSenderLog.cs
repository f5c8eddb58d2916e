using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Messaging;

/// <summary>The log lines about who sends on the bus.</summary>
internal static partial class BusSenderLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} from {Sender} (actor '{Claimed}') refused and moved to the error queue: {Reason}")]
    public static partial void Refused(ILogger logger, string message, string sender, string claimed, string reason);
}
