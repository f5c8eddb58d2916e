using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>One message the service logged: its level, the logger's category, the text and the exception logged with it.</summary>
internal sealed record LogRecord(LogLevel Level, string Category, string Message, Exception? Exception);

/// <summary>A logger provider that keeps every message logged, for specs that must see what the service said.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _records.Select(r => (r.Level, r.Message))];

    /// <summary>Every message with its category and exception, in the order logged.</summary>
    public IReadOnlyList<LogRecord> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    /// <summary>Waits (polling, at most <paramref name="timeout"/>) for a message that matches.</summary>
    public async Task<string?> WaitForAsync(Func<(LogLevel Level, string Message), bool> matches, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Entries.FirstOrDefault(matches) is { Message: not null } found)
            {
                return found.Message;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue(new LogRecord(logLevel, category, formatter(state, exception), exception));
    }
}
