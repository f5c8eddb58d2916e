using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>Local accounts in the same database as the cases (migration 3): one row per user name, positions and roles as JSON arrays.</summary>
public abstract partial class RelationalCaseStore : IAccountStore
{
    private const string AccountColumns = "user_name, password_hash, positions, roles, disabled, created_at, changed_at";

    /// <inheritdoc />
    public async Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default) =>
        (await ReadListAsync(new SqlStatement($"SELECT {AccountColumns} FROM accounts WHERE user_name = @name", ("@name", userName)), ReadAccount, cancellationToken))
            .SingleOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync(new SqlStatement($"SELECT {AccountColumns} FROM accounts ORDER BY user_name{Dialect.Ordinal}"), ReadAccount, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> AddAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return await ExecuteAsync(new SqlStatement($"""
            INSERT INTO accounts ({AccountColumns}) VALUES (@name, @hash, @positions, @roles, @disabled, @created, @changed)
            ON CONFLICT (user_name) DO NOTHING
            """, [.. AccountParameters(account), ("@created", StoreTime.RoundTrip(account.CreatedAt))]), cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return await ExecuteAsync(new SqlStatement("""
            UPDATE accounts SET password_hash = @hash, positions = @positions, roles = @roles, disabled = @disabled, changed_at = @changed
            WHERE user_name = @name
            """, AccountParameters(account)), cancellationToken) == 1;
    }

    private (string, object?)[] AccountParameters(Account account) =>
    [
        ("@name", account.UserName),
        ("@hash", account.PasswordHash),
        ("@positions", new JsonText(JsonSerializer.Serialize(account.Positions, StoreJson.Options))),
        ("@roles", new JsonText(JsonSerializer.Serialize(account.Roles, StoreJson.Options))),
        ("@disabled", Dialect.Flag(account.Disabled)),
        ("@changed", StoreTime.RoundTrip(account.ChangedAt)),
    ];

    private static Account ReadAccount(DbDataReader reader, SqlDialect dialect) => new()
    {
        UserName = reader.GetString(0),
        PasswordHash = reader.GetString(1),
        Positions = JsonSerializer.Deserialize<List<string>>(reader.GetString(2), StoreJson.Options)!,
        Roles = JsonSerializer.Deserialize<List<string>>(reader.GetString(3), StoreJson.Options)!,
        Disabled = Convert.ToBoolean(reader.GetValue(4), CultureInfo.InvariantCulture),
        CreatedAt = StoreTime.ParseRoundTrip(reader.GetString(5)),
        ChangedAt = StoreTime.ParseRoundTrip(reader.GetString(6)),
    };
}
