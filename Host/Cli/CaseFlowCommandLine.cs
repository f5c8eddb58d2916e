using System.CommandLine;
using System.CommandLine.Help;
using CaseFlow.Host.Admin;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Demo;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Privacy;
using CaseFlow.Host.Wire;

namespace CaseFlow.Host.Cli;

/// <summary>
/// The <c>caseflow</c> command line: the service (no verb, or <c>serve</c>) and every verb, each with its options declared once,
/// so that <c>--help</c> lists and describes them all and no verb parses its own arguments.
/// </summary>
public static class CaseFlowCommandLine
{
    /// <summary>What the root's help says after the verbs: settings and exit codes, which every verb shares.</summary>
    private const string Description = """
        CaseFlow: the township's Four Platforms case-workflow service and its verbs.
        With no verb it runs the service (HTTP API, workbench, bus consumers, timers).

        Settings: any --Section:Key=value (e.g. --CaseFlow:Database=caseflow.db, --CaseFlow:Store=Postgres) overrides the
        appsettings.json beside the program and the environment (CaseFlow__Database=…), for the service and every verb alike.
        Exit codes: 0 done; 1 the verb found a fault (a broken chain, an invalid definition, an unfaithful replay);
        2 the command line or the request was wrong (the usage is printed on standard error).
        """;

    /// <summary>Runs the command line: the service, a verb, or the help of either; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (settings, rest, problem) = CommandLineSettings.Split(args);
        var context = new VerbContext(settings, input, output, error);
        var root = Root(context);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (problem is not null)
        {
            return Wrong(root, root.Parse([]), [problem], context);
        }

        var parsed = root.Parse(rest);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            return Wrong(root, parsed, parsed.Errors.Select(e => e.Message), context);
        }

        return await parsed.InvokeAsync(configuration);
    }

    /// <summary>The root command and every verb, for the help and for tests that walk them.</summary>
    internal static RootCommand Root(VerbContext context)
    {
        var root = new RootCommand(Description);
        root.SetAction(_ => ServiceVerb.RunAsync(context.Settings));
        var serve = new Command("serve", "Run the service: HTTP API, workbench, bus consumers and timers (the same as no verb).");
        serve.SetAction(_ => ServiceVerb.RunAsync(context.Settings));
        root.Add(serve);
        root.Add(DemoVerb.Command(context));
        foreach (var command in AuditVerbs.Commands(context))
        {
            root.Add(command);
        }

        root.Add(AssessmentVerbs.AssessmentCommand(context));
        root.Add(AssessmentVerbs.BriefCommand(context));
        root.Add(ValidateVerb.Command(context));
        root.Add(PermissionsVerb.Command(context));
        root.Add(PublishVerb.Command(context));
        root.Add(PublishCalendarVerb.Command(context));
        root.Add(PersonalDataVerbs.EraseCommand(context));
        root.Add(PersonalDataVerbs.KeysCommand(context));
        root.Add(UserVerb.Command(context));
        root.Add(AsyncApiVerb.Command(context));
        return root;
    }

    /// <summary>Says what is wrong, then the usage of the command it was meant for, on standard error; exit code 2.</summary>
    private static int Wrong(RootCommand root, ParseResult parsed, IEnumerable<string> problems, VerbContext context)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine(problem);
        }

        context.Error.WriteLine();
        var path = new List<string>();
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (command.Command != root)
            {
                path.Insert(0, command.Command.Name);
            }
        }

        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error });
        return VerbContext.Wrong;
    }
}
