using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>A logger provider that keeps every message logged, for specs that must see what the service said.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

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

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
