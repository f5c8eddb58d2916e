using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Compilation;
using Microsoft.AspNetCore.Identity;

namespace CaseFlow.Host.Identity;

/// <summary>
/// Local accounts as people manage them (the <c>user</c> verb) and sign in with them (POST /auth/token): names and passwords checked,
/// positions read against the organisation, passwords hashed with ASP.NET Core Identity's PBKDF2 hasher and never kept or shown.
/// Each change says what was wrong and what would be right, or returns null.
/// </summary>
public sealed class LocalAccounts(IAccountStore store, TimeProvider time)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    /// <summary>The longest user name accepted.</summary>
    public static int MaximumNameLength => InputLimits.Of("userName").MaxLength;

    private static readonly PasswordHasher<Account> Hasher = new();

    // Verified against when the account does not exist, so that an unknown name costs what a wrong password costs.
    private static readonly Lazy<string> Decoy = new(() => Hasher.HashPassword(Placeholder("decoy"), Guid.NewGuid().ToString()));

    /// <summary>Why a user name cannot be used, or null: it is recorded in histories, so it is plain text without spaces or colons.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "a user name is required";
        }

        if (InputText.Problem("the user name", name, InputLimits.Of("userName")) is { } unbounded)
        {
            return unbounded;
        }

        if (name.Any(c => char.IsWhiteSpace(c) || c == ':'))
        {
            return $"'{name}' is not a user name: up to {MaximumNameLength} characters, without spaces or ':' (names with ':' are kept for identities from the OpenID Connect provider)";
        }

        return null;
    }

    /// <summary>Why a password cannot be used, or null.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinimumPasswordLength
            ? $"the password must be at least {MinimumPasswordLength} characters"
            : null;

    /// <summary>The positions in their written form (<c>kind:id</c>), or what is wrong with the first that the organisation does not declare.</summary>
    public static (IReadOnlyList<string> Positions, string? Error) ReadPositions(IEnumerable<string> written, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(written);
        var positions = new List<string>();
        foreach (var text in written)
        {
            if (InputText.Problem("position", text) is { } unbounded)
            {
                return ([], unbounded);
            }

            var (position, error) = Positions.Parse(text, definition);
            if (position is null)
            {
                return ([], error);
            }

            positions.Add(position.ToString());
        }

        return (positions.Distinct(StringComparer.Ordinal).ToList(), null);
    }

    /// <summary>Why these roles cannot be given, or null.</summary>
    public static string? RoleProblem(IEnumerable<string> roles) =>
        roles.FirstOrDefault(r => !AccountRoles.All.Contains(r, StringComparer.Ordinal)) is { } unknown
            ? $"'{unknown}' is not a role; roles are: {Vocabulary.List(AccountRoles.All)}"
            : null;

    /// <summary>Creates an account; the positions and roles must have been read with <see cref="ReadPositions"/> and <see cref="RoleProblem"/>.</summary>
    public async Task<string?> AddAsync(string name, string password, IReadOnlyList<string> positions, IReadOnlyList<string> roles, CancellationToken cancellationToken = default)
    {
        if ((NameProblem(name) ?? PasswordProblem(password) ?? RoleProblem(roles)) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var account = new Account
        {
            UserName = name,
            PasswordHash = "",
            Positions = positions,
            Roles = [.. roles.Distinct(StringComparer.Ordinal)],
            CreatedAt = now,
            ChangedAt = now,
        };
        account = account with { PasswordHash = Hasher.HashPassword(account, password) };
        return await store.AddAccountAsync(account, cancellationToken) ? null : $"there is already an account '{name}'; change its password with: user passwd {name}";
    }

    /// <summary>Gives an account a new password.</summary>
    public async Task<string?> SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (PasswordProblem(password) is { } problem)
        {
            return problem;
        }

        return await ChangeAsync(name, a => a with { PasswordHash = Hasher.HashPassword(a, password) }, cancellationToken);
    }

    /// <summary>Stops an account from signing in; tokens already issued to it are refused from then on too.</summary>
    public Task<string?> DisableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(name, a => a with { Disabled = true }, cancellationToken);

    /// <summary>Lets a disabled account sign in again.</summary>
    public Task<string?> EnableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(name, a => a with { Disabled = false }, cancellationToken);

    /// <summary>The account, when the name and password match an enabled one; null otherwise, taking as long whatever the reason.</summary>
    public async Task<Account?> SignInAsync(string? name, string? password, CancellationToken cancellationToken = default)
    {
        var account = string.IsNullOrEmpty(name) ? null : await store.FindAccountAsync(name, cancellationToken);
        var result = Hasher.VerifyHashedPassword(account ?? Placeholder(name ?? ""), account?.PasswordHash ?? Decoy.Value, password ?? "");
        if (account is null || account.Disabled || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account = account with { PasswordHash = Hasher.HashPassword(account, password!), ChangedAt = time.GetUtcNow() };
            await store.UpdateAccountAsync(account, cancellationToken);
        }

        return account;
    }

    private async Task<string?> ChangeAsync(string name, Func<Account, Account> change, CancellationToken cancellationToken)
    {
        if (await store.FindAccountAsync(name, cancellationToken) is not { } account)
        {
            return $"there is no account '{name}'; list them with: user list";
        }

        await store.UpdateAccountAsync(change(account) with { ChangedAt = time.GetUtcNow() }, cancellationToken);
        return null;
    }

    private static Account Placeholder(string name) => new() { UserName = name, PasswordHash = "", CreatedAt = default, ChangedAt = default };
}
