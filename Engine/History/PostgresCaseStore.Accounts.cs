using System.Text.Json;
using CaseFlow.Engine.Accounts;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>Local accounts in the same database as the cases (migration 3): one row per user name, positions and roles as JSON arrays.</summary>
public sealed partial class PostgresCaseStore : IAccountStore
{
    private const string AccountColumns = "user_name, password_hash, positions::text, roles::text, disabled, created_at, changed_at";

    /// <inheritdoc />
    public async Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {AccountColumns} FROM accounts WHERE user_name = $1");
        command.Parameters.Add(Parameter(userName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadAccount(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {AccountColumns} FROM accounts ORDER BY user_name COLLATE \"C\"");
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
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO accounts (user_name, password_hash, positions, roles, disabled, created_at, changed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_name) DO NOTHING
            """);
        AddAccountParameters(command, account);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> UpdateAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var command = _dataSource.CreateCommand("""
            UPDATE accounts SET password_hash = $2, positions = $3, roles = $4, disabled = $5, changed_at = $6 WHERE user_name = $1
            """);
        AddAccountParameters(command, account, created: false);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddAccountParameters(NpgsqlCommand command, Account account, bool created = true)
    {
        command.Parameters.Add(Parameter(account.UserName));
        command.Parameters.Add(Parameter(account.PasswordHash));
        command.Parameters.Add(Json(JsonSerializer.Serialize(account.Positions, StoreJson.Options)));
        command.Parameters.Add(Json(JsonSerializer.Serialize(account.Roles, StoreJson.Options)));
        command.Parameters.Add(Parameter(account.Disabled));
        if (created)
        {
            command.Parameters.Add(Parameter(RoundTrip(account.CreatedAt)));
        }

        command.Parameters.Add(Parameter(RoundTrip(account.ChangedAt)));
    }

    private static Account ReadAccount(NpgsqlDataReader reader) => new()
    {
        UserName = reader.GetString(0),
        PasswordHash = reader.GetString(1),
        Positions = JsonSerializer.Deserialize<List<string>>(reader.GetString(2), StoreJson.Options)!,
        Roles = JsonSerializer.Deserialize<List<string>>(reader.GetString(3), StoreJson.Options)!,
        Disabled = reader.GetBoolean(4),
        CreatedAt = ParseRoundTrip(reader.GetString(5)),
        ChangedAt = ParseRoundTrip(reader.GetString(6)),
    };
}
