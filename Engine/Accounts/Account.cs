namespace CaseFlow.Engine.Accounts;

/// <summary>
/// A local account: a person who signs in to CaseFlow with a user name and password, the positions of the organisation they may
/// act in, and the roles (administrator, auditor) they hold. Kept in the case store beside the histories it signs.
/// </summary>
public sealed record Account
{
    /// <summary>The name the person signs in with, recorded as the identity behind what they do.</summary>
    public required string UserName { get; init; }

    /// <summary>The password's hash (never the password); an opaque string the password hasher reads back.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>The positions held, written <c>kind:id</c> (e.g. <c>office:demolition-office</c>).</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];

    /// <summary>The roles held: <see cref="AccountRoles.Administrator"/>, <see cref="AccountRoles.Auditor"/>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>True when the account may no longer sign in (kept, since its name stays in the histories).</summary>
    public bool Disabled { get; init; }

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the account was last changed (password, disabled).</summary>
    public required DateTimeOffset ChangedAt { get; init; }
}
