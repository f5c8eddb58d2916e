using System.Runtime.InteropServices;
using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace CaseFlow.Simulator;

/// <summary>Connects to the broker, listens for escalations and closings, hands down cases if asked, and runs until stopped.</summary>
internal static class SimulatorRun
{
    public static async Task<int> RunAsync(SimulatorOptions options)
    {
        CountyLog.Write($"starting: {options.Describe()}");
        CountyDesk? desk = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
            {
                host.Username(options.Username);
                host.Password(options.Password);
            });

            // CaseFlow knows the county by the broker user its messages carry as their user_id, which the broker checks.
            cfg.ConfigureSend(send => send.UseExecute(context => StampUserId(context, options.Username)));
            cfg.ConfigurePublish(publish => publish.UseExecute(context => StampUserId(context, options.Username)));
            cfg.ReceiveEndpoint(options.Queue, endpoint =>
            {
                // Every escalated case is a conversation of several paced steps: let many run side by side.
                endpoint.PrefetchCount = 64;
                endpoint.Consumer(() => new EscalationConsumer(desk!));
                endpoint.Consumer(() => new HandedDownClosingConsumer());
            });
        });
        desk = new CountyDesk(bus, options);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        try
        {
            using var starting = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            starting.CancelAfter(TimeSpan.FromSeconds(30));
            await bus.StartAsync(starting.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or BrokerUnreachableException or MassTransitException)
        {
            CountyLog.Write($"cannot reach RabbitMQ at {options.Host}:{options.Port} (virtual host '{options.VirtualHost}'): {e.Message}");
            return 1;
        }

        CountyLog.Write($"listening on queue {options.Queue} (virtual host '{options.VirtualHost}')");
        try
        {
            await desk.HandDownAsync(options.HandDown, stop.Token);
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            CountyLog.Write("stopping");
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static void StampUserId(SendContext context, string user)
    {
        if (context.TryGetPayload(out RabbitMqSendContext? rabbit))
        {
            rabbit.BasicProperties.UserId = user;
        }
    }
}
