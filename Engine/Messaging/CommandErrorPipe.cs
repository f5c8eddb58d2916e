using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Rescue;

namespace CaseFlow.Engine.Messaging;

/// <summary>The command queue's error path: reject to the caller, publish the fault, move the message to the error queue.</summary>
public static class CommandErrorPipe
{
    /// <summary>Adds the error path's filters to an error pipe configurator.</summary>
    public static void Configure(IPipeConfigurator<ExceptionReceiveContext> error, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(error);
        error.UseFilter(new CommandRejectionFilter(services));
        error.UseFilter(new GenerateFaultFilter());
        error.UseFilter(new ErrorQueueFilter());
    }

    /// <summary>
    /// Copies a message its consumer already rejected to the error queue, with the reason in its headers, without faulting it:
    /// the caller has its rejection, and a fault racing that reply would confuse a request client.
    /// </summary>
    public static Task MoveToErrorQueueAsync(ReceiveContext context, Exception reason) =>
        Pipe.New<ExceptionReceiveContext>(error => error.UseFilter(new ErrorQueueFilter()))
            .Send(new RescueExceptionReceiveContext(context, reason));

    /// <summary>Sends a message that never reached a consumer down the error path, as if the consumer had thrown.</summary>
    public static Task FailAsync(ReceiveContext context, Exception reason, IServiceProvider services)
    {
        var pipe = Pipe.New<ExceptionReceiveContext>(error => Configure(error, services));
        return pipe.Send(new RescueExceptionReceiveContext(context, reason));
    }
}

/// <summary>Refuses a body over the limit before anything parses it.</summary>
public sealed class BodySizeLimitFilter(long limit, IServiceProvider services) : IFilter<ReceiveContext>
{
    /// <inheritdoc />
    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var length = context.Body.Length ?? context.Body.GetBytes().LongLength;
        return length > limit
            ? CommandErrorPipe.FailAsync(context, new MessageTooLargeException(length, limit), services)
            : next.Send(context);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("caseflow-body-size-limit");
}

/// <summary>In place of the _skipped queue: a message no command consumer took is an unknown type, rejected and moved to the error queue.</summary>
public sealed class UnknownMessageTypeFilter(IServiceProvider services) : IFilter<ReceiveContext>
{
    /// <inheritdoc />
    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (type, _) = EnvelopeFacts.Identify(context);
        return CommandErrorPipe.FailAsync(context, new UnknownMessageTypeException(type), services);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("caseflow-unknown-message-type");
}

/// <summary>A message on the command queue whose type is no CaseFlow command.</summary>
public sealed class UnknownMessageTypeException(string messageType)
    : Exception($"'{messageType}' is not a CaseFlow command; the commands are listed in docs/asyncapi.json");
