namespace CaseFlow.Engine.Accounts;

/// <summary>Durable local accounts, in the same store as the cases; both stores implement it.</summary>
public interface IAccountStore
{
    /// <summary>The account with this user name (exact, case-sensitive), or null.</summary>
    Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Every account, by user name.</summary>
    Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new account; false (and nothing stored) when the user name is taken.</summary>
    Task<bool> AddAccountAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored account of the same user name (password hash, positions, roles, disabled, changed at); false when there is none.</summary>
    Task<bool> UpdateAccountAsync(Account account, CancellationToken cancellationToken = default);
}
