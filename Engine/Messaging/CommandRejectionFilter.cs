using System.Text.Json;
using CaseFlow.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// On the command queue's error path: a message that could not be read or consumed (malformed JSON, a wrong field type, an unknown
/// message type, an oversized body) is answered with a <see cref="CaseCommandRejected"/> that says what was wrong, then moves on
/// to the error queue as usual.
/// </summary>
public sealed class CommandRejectionFilter(IServiceProvider services) : IFilter<ExceptionReceiveContext>
{
    /// <inheritdoc />
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var (command, caseId) = EnvelopeFacts.Identify(context);
        var rejection = new CaseCommandRejected
        {
            CaseId = caseId,
            Command = command,
            Reason = Describe(context.Exception),
        };
        await services.GetRequiredService<IBus>().Publish(rejection, context.CancellationToken);

        await next.Send(context);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("caseflow-command-rejection");

    private static string Describe(Exception exception)
    {
        var root = exception;
        var unreadable = false;
        while (true)
        {
            unreadable |= root is JsonException || root.GetType().Name == "SerializationException" || root.Source == "System.Text.Json";
            if (root.InnerException is null)
            {
                break;
            }

            root = root.InnerException;
        }

        return root switch
        {
            MessageTooLargeException or UnknownMessageTypeException => root.Message,
            _ when unreadable => $"the message could not be read: {root.Message}",
            _ => $"the message could not be processed: {root.Message}",
        };
    }
}
