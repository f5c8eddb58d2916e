using System.CommandLine;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Startup;

namespace CaseFlow.Host.Wire;

/// <summary>The <c>asyncapi</c> verb: writes the wire format document, to a file or to standard output.</summary>
internal static class AsyncApiVerb
{
    /// <summary>The <c>asyncapi [path]</c> command.</summary>
    internal static Command Command(VerbContext context)
    {
        var path = new Argument<string?>("path")
        {
            Description = "Write the document to this file, creating its folder (default: print it). Taken from the folder the command was typed in.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("asyncapi", "Write the AsyncAPI document of CaseFlow's messages (exchanges, queues, envelope, every message's schema).") { path };
        command.SetAction(parsed => Run(parsed.GetValue(path), context));
        return command;
    }

    private static int Run(string? given, VerbContext context)
    {
        string json;
        try
        {
            json = AsyncApiDocument.ToJson(AsyncApiDocument.Build(AsyncApiDocument.ConfiguredDefinition(VerbHost.Configuration(context.Settings))));
        }
        catch (InvalidOperationException e)
        {
            context.Error.WriteLine($"asyncapi: {e.Message}");
            return VerbContext.Fault;
        }

        if (given is null)
        {
            context.Output.Write(json);
            return VerbContext.Done;
        }

        var path = CliOptions.FromInvocation(given);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        context.Output.WriteLine($"Wrote {path}");
        return VerbContext.Done;
    }
}
