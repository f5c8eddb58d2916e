using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Admin;
using CaseFlow.Host.Startup;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The <c>user</c> verb: manages the local accounts in the store the service uses (same settings: <c>--CaseFlow:Database=…</c>, or
/// <c>--CaseFlow:Store=Postgres …</c>). Passwords come from standard input (<c>--password-stdin</c>) or a prompt that does not echo,
/// never from the command line. Exits 0 when done, 2 when the request was wrong (what would be right is printed).
/// </summary>
public static class UserVerb
{
    private const int Done = 0;
    private const int Wrong = 2;

    private const string Usage = """
        usage: user add NAME --position kind:id [--position kind:id …] [--role administrator|auditor …] [--password-stdin]
               user passwd NAME [--password-stdin]
               user disable NAME | user enable NAME
               user list
          positions are written kind:id with kind commandRoom, leader, office, gridMember or system (e.g. office:demolition-office,
          leader:deputy-secretary, commandRoom); the password is read from standard input with --password-stdin, else prompted for.
          Settings as for the service: --CaseFlow:Database=caseflow.db, or --CaseFlow:Store=Postgres --CaseFlow:Postgres:ConnectionString=…
        """;

    /// <summary>Runs the verb; <paramref name="input"/> gives the password with <c>--password-stdin</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        UserArguments arguments;
        try
        {
            arguments = UserArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"user: {e.Message}");
            return Wrong;
        }

        var action = arguments.Positional.Count > 0 ? arguments.Positional[0] : null;
        if (arguments.Help || action is null)
        {
            (action is null && !arguments.Help ? error : output).WriteLine(Usage);
            return arguments.Help ? Done : Wrong;
        }

        var name = arguments.Positional.Count > 1 ? arguments.Positional[1] : null;
        if (action is not ("add" or "passwd" or "disable" or "enable" or "list") || (action == "list") != (name is null) || arguments.Positional.Count > 2)
        {
            error.WriteLine($"user: '{string.Join(' ', arguments.Positional)}' is not a user command");
            error.WriteLine(Usage);
            return Wrong;
        }

        var configuration = VerbFiles.Configuration(arguments.Rest);
        ICaseStore store;
        try
        {
            store = CaseStoreFactory.Create(configuration);
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"user: {e.Message}");
            return Wrong;
        }

        try
        {
            await store.InitialiseAsync();
            var accounts = new LocalAccounts((IAccountStore)store, TimeProvider.System);
            var problem = action switch
            {
                "add" => await AddAsync(accounts, store, configuration, name!, arguments, input, error),
                "passwd" => ReadPassword(arguments, input, error, out var password) ?? await accounts.SetPasswordAsync(name!, password),
                "disable" => await accounts.DisableAsync(name!),
                "enable" => await accounts.EnableAsync(name!),
                _ => await ListAsync((IAccountStore)store, output),
            };
            if (problem is not null)
            {
                error.WriteLine($"user {action}: {problem}");
                return Wrong;
            }

            if (action != "list")
            {
                output.WriteLine($"user {action} {name}: done in {CaseStoreFactory.Describe(configuration)}");
            }

            return Done;
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static async Task<string?> AddAsync(LocalAccounts accounts, ICaseStore store, IConfiguration configuration, string name, UserArguments arguments, TextReader input, TextWriter error)
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
    private static string? ReadPassword(UserArguments arguments, TextReader input, TextWriter error, out string password)
    {
        password = "";
        if (arguments.On.Contains("--password-stdin"))
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
}
