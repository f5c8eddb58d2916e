using System.CommandLine;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Admin;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Startup;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The <c>user</c> verb: manages the local accounts in the store the service uses (same settings: <c>--CaseFlow:Database=…</c>, or
/// <c>--CaseFlow:Store=Postgres …</c>). Passwords come from standard input (<c>--password-stdin</c>) or a prompt that does not echo,
/// never from the command line. Exits 0 when done, 2 when the request was wrong (what would be right is printed).
/// </summary>
internal static class UserVerb
{
    /// <summary>The <c>user add|passwd|disable|enable|list</c> command.</summary>
    internal static Command Command(VerbContext context)
    {
        var user = new Command("user", "Manage the local accounts in the configured store (passwords only from standard input or a prompt that does not echo).");
        var positions = new Option<string[]>("--position")
        {
            Description = "A position the account holds, kind:id with kind commandRoom, leader, office, gridMember or system (e.g. office:demolition-office); repeat for several.",
            HelpName = "KIND:ID",
            Arity = ArgumentArity.OneOrMore,
        };
        var roles = new Option<string[]>("--role") { Description = "administrator or auditor; repeat for both.", HelpName = "ROLE", Arity = ArgumentArity.OneOrMore };
        roles.AcceptOnlyFromAmong(AccountRoles.Administrator, AccountRoles.Auditor);
        var addStdin = PasswordStdin();
        var addName = Name();
        var add = new Command("add", "Add an account with its positions and roles.") { addName, positions, roles, addStdin };
        add.SetAction(parsed => RunAsync(context, new UserRequest("add", parsed.GetValue(addName), parsed.GetValue(positions) ?? [], parsed.GetValue(roles) ?? [], parsed.GetValue(addStdin))));
        user.Add(add);

        var passwdStdin = PasswordStdin();
        var passwdName = Name();
        var passwd = new Command("passwd", "Set an account's password.") { passwdName, passwdStdin };
        passwd.SetAction(parsed => RunAsync(context, new UserRequest("passwd", parsed.GetValue(passwdName), [], [], parsed.GetValue(passwdStdin))));
        user.Add(passwd);

        foreach (var (action, description) in new[] { ("disable", "Disable an account: it can no longer sign in or act."), ("enable", "Enable a disabled account again.") })
        {
            var name = Name();
            var command = new Command(action, description) { name };
            command.SetAction(parsed => RunAsync(context, new UserRequest(action, parsed.GetValue(name), [], [], false)));
            user.Add(command);
        }

        var list = new Command("list", "List the accounts: name, enabled, positions, roles, when created and changed.");
        list.SetAction(_ => RunAsync(context, new UserRequest("list", null, [], [], false)));
        user.Add(list);
        return user;
    }

    private static Argument<string> Name() => new("NAME") { Description = "The account's user name." };

    private static Option<bool> PasswordStdin() => new("--password-stdin") { Description = "Read the password from the first line of standard input (else it is prompted for, twice, without echo)." };

    private static async Task<int> RunAsync(VerbContext context, UserRequest request)
    {
        var (action, name, error, output) = (request.Action, request.Name, context.Error, context.Output);
        var configuration = VerbHost.Configuration(context.Settings);
        ICaseStore store;
        try
        {
            store = CaseStoreFactory.Create(configuration);
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"user: {e.Message}");
            return VerbContext.Wrong;
        }

        try
        {
            await store.InitialiseAsync();
            var accounts = new LocalAccounts((IAccountStore)store, TimeProvider.System);
            var problem = action switch
            {
                "add" => await AddAsync(accounts, store, configuration, name!, request, context.Input, error),
                "passwd" => ReadPassword(request, context.Input, error, out var password) ?? await accounts.SetPasswordAsync(name!, password),
                "disable" => await accounts.DisableAsync(name!),
                "enable" => await accounts.EnableAsync(name!),
                _ => await ListAsync((IAccountStore)store, output),
            };
            if (problem is not null)
            {
                error.WriteLine($"user {action}: {problem}");
                return VerbContext.Wrong;
            }

            if (action != "list")
            {
                output.WriteLine($"user {action} {name}: done in {CaseStoreFactory.Describe(configuration)}");
            }

            return VerbContext.Done;
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static async Task<string?> AddAsync(LocalAccounts accounts, ICaseStore store, IConfiguration configuration, string name, UserRequest arguments, TextReader input, TextWriter error)
    {
        if (LocalAccounts.NameProblem(name) is { } nameProblem)
        {
            return nameProblem;
        }

        if (arguments.Positions.Count == 0 && arguments.Roles.Count == 0)
        {
            return "give the account at least one --position (kind:id, e.g. office:demolition-office) or --role (administrator, auditor)";
        }

        if (await CurrentDefinitionAsync(store, configuration) is not { } definition)
        {
            return "no definition is published in this store and the definition file cannot be read; positions are checked against the organisation in it (set --CaseFlow:Definition=workflows.json)";
        }

        var (positions, positionProblem) = LocalAccounts.ReadPositions(arguments.Positions, definition);
        if ((positionProblem ?? LocalAccounts.RoleProblem(arguments.Roles)) is { } problem)
        {
            return problem;
        }

        return ReadPassword(arguments, input, error, out var password) ?? await accounts.AddAsync(name, password, positions, arguments.Roles);
    }

    /// <summary>The definition whose organisation positions are read against: the store's current one, else the configured file.</summary>
    private static async Task<CompiledDefinition?> CurrentDefinitionAsync(ICaseStore store, IConfiguration configuration)
    {
        using var registry = new DefinitionRegistry((IDefinitionStore)store);
        if (await registry.LoadCurrentAsync())
        {
            return registry.Current;
        }

        var path = VerbFiles.Options(configuration).ResolveDefinitionPath();
        return File.Exists(path) ? registry.Check(await File.ReadAllTextAsync(path)).Definition : null;
    }

    private static async Task<string?> ListAsync(IAccountStore accounts, TextWriter output)
    {
        var all = await accounts.ListAccountsAsync();
        if (all.Count == 0)
        {
            output.WriteLine("no accounts; add one with: user add NAME --position kind:id");
        }

        foreach (var a in all)
        {
            var positions = a.Positions.Count == 0 ? "-" : string.Join(",", a.Positions);
            var roles = a.Roles.Count == 0 ? "-" : string.Join(",", a.Roles);
            output.WriteLine($"{a.UserName}\t{(a.Disabled ? "disabled" : "enabled")}\tpositions={positions}\troles={roles}\tcreated={a.CreatedAt:O}\tchanged={a.ChangedAt:O}");
        }

        return null;
    }

    /// <summary>The password from standard input (<c>--password-stdin</c>) or typed twice at a prompt; the problem, or null.</summary>
    private static string? ReadPassword(UserRequest arguments, TextReader input, TextWriter error, out string password)
    {
        password = "";
        if (arguments.PasswordStdin)
        {
            password = input.ReadLine() ?? "";
            return LocalAccounts.PasswordProblem(password);
        }

        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return "give the password on standard input with --password-stdin (it is never taken from the command line)";
        }

        password = Prompt("password: ", error);
        if (LocalAccounts.PasswordProblem(password) is { } problem)
        {
            return problem;
        }

        return Prompt("again: ", error) == password ? null : "the two passwords differ";
    }

    private static string Prompt(string label, TextWriter error)
    {
        error.Write(label);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return typed.ToString();
    }

    /// <summary>One user command: the action, the account, and for add the positions, roles and where the password comes from.</summary>
    private sealed record UserRequest(string Action, string? Name, IReadOnlyList<string> Positions, IReadOnlyList<string> Roles, bool PasswordStdin);
}
