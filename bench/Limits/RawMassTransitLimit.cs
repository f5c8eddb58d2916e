using System.Diagnostics;
using CaseFlow.Bench.Suite;
using CaseFlow.Contracts.Commands;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Bench.Limits;

/// <summary>
/// MassTransit's ceiling with nothing on top: a bus sends the same command contract (RegisterCase) to a queue, a window of sends
/// outstanding at once, and a consumer that only counts them — over RabbitMQ (persistent, confirmed, like any MassTransit send) or
/// the in-memory transport. A first batch of 1,000 warms it up and is not measured.
/// </summary>
internal static class RawMassTransitLimit
{
    private const int Window = 256;
    private const string Queue = "bench-raw-masstransit";
    private const long WarmUp = 1000;

    public static async Task<LimitResult> RunAsync(long messages, bool rabbitMq)
    {
        using var vhost = rabbitMq ? RabbitMqVirtualHost.Create("rawmt") : null;
        var counter = new CountingConsumer.Counter();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddSingleton(counter);
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<CountingConsumer>();
            if (vhost is null)
            {
                bus.UsingInMemory((context, cfg) => cfg.ReceiveEndpoint(Queue, e => e.ConfigureConsumer<CountingConsumer>(context)));
            }
            else
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(RabbitMqVirtualHost.Host, 5672, vhost.Name, h =>
                    {
                        h.Username(RabbitMqVirtualHost.User);
                        h.Password(RabbitMqVirtualHost.User);
                    });
                    cfg.ReceiveEndpoint(Queue, e => e.ConfigureConsumer<CountingConsumer>(context));
                });
            }
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var endpoint = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{Queue}"));
            await PumpAsync(endpoint, counter, Math.Min(messages, WarmUp));
            var started = Stopwatch.GetTimestamp();
            await PumpAsync(endpoint, counter, messages);
            var name = rabbitMq ? "MassTransit send + consume (persistent, confirmed)" : "MassTransit send + consume";
            return new LimitResult(name, rabbitMq ? "RabbitMQ" : "in-memory", messages, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task PumpAsync(ISendEndpoint endpoint, CountingConsumer.Counter counter, long messages)
    {
        var arrived = counter.Expect(messages);
        using var window = new SemaphoreSlim(Window);
        var inFlight = new List<Task>();
        for (long i = 0; i < messages; i++)
        {
            await window.WaitAsync();
            inFlight.Add(SendAsync(endpoint, window));
        }

        await Task.WhenAll(inFlight);
        await arrived.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static async Task SendAsync(ISendEndpoint endpoint, SemaphoreSlim window)
    {
        try
        {
            await endpoint.Send(new RegisterCase { CaseId = Guid.NewGuid(), Actor = "command-room" });
        }
        finally
        {
            window.Release();
        }
    }
}

/// <summary>Counts what arrives and signals when all have.</summary>
internal sealed class CountingConsumer(CountingConsumer.Counter counter) : IConsumer<RegisterCase>
{
    public Task Consume(ConsumeContext<RegisterCase> context)
    {
        counter.Arrived();
        return Task.CompletedTask;
    }

    /// <summary>One batch at a time: <see cref="Expect"/> arms it, the last arrival completes it.</summary>
    internal sealed class Counter
    {
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _count;
        private long _expected;

        public Task Expect(long messages)
        {
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref _count, 0);
            Interlocked.Exchange(ref _expected, messages);
            return _done.Task;
        }

        public void Arrived()
        {
            if (Interlocked.Increment(ref _count) == Interlocked.Read(ref _expected))
            {
                _done.TrySetResult();
            }
        }
    }
}
