using System.Text.Json;
using CaseFlow.Engine.Accounts;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>Local accounts in the same SQLite file as the cases: one row per user name, positions and roles as JSON arrays.</summary>
public sealed partial class SqliteCaseStore : IAccountStore
{
    private const string AccountColumns = "user_name, password_hash, positions, roles, disabled, created_at, changed_at";

    /// <inheritdoc />
    public async Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {AccountColumns} FROM accounts WHERE user_name = $name", [("$name", userName)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadAccount(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {AccountColumns} FROM accounts ORDER BY user_name", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(ReadAccount(reader));
        }

        return accounts;
    }

    /// <inheritdoc />
    public async Task<bool> AddAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            INSERT INTO accounts ({AccountColumns}) VALUES ($name, $hash, $positions, $roles, $disabled, $created, $changed)
            ON CONFLICT (user_name) DO NOTHING
            """, AccountParameters(account));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE accounts SET password_hash = $hash, positions = $positions, roles = $roles, disabled = $disabled, changed_at = $changed
            WHERE user_name = $name
            """, AccountParameters(account));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static (string Name, object Value)[] AccountParameters(Account account) =>
    [
        ("$name", account.UserName),
        ("$hash", account.PasswordHash),
        ("$positions", JsonSerializer.Serialize(account.Positions, StoreJson.Options)),
        ("$roles", JsonSerializer.Serialize(account.Roles, StoreJson.Options)),
        ("$disabled", account.Disabled ? 1 : 0),
        ("$created", Text(account.CreatedAt)),
        ("$changed", Text(account.ChangedAt)),
    ];

    private static Account ReadAccount(SqliteDataReader reader) => new()
    {
        UserName = reader.GetString(0),
        PasswordHash = reader.GetString(1),
        Positions = JsonSerializer.Deserialize<List<string>>(reader.GetString(2), StoreJson.Options)!,
        Roles = JsonSerializer.Deserialize<List<string>>(reader.GetString(3), StoreJson.Options)!,
        Disabled = reader.GetInt64(4) != 0,
        CreatedAt = DateTimeOffset.ParseExact(reader.GetString(5), "O", System.Globalization.CultureInfo.InvariantCulture),
        ChangedAt = DateTimeOffset.ParseExact(reader.GetString(6), "O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
