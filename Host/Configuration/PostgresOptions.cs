using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>
/// The PostgreSQL store (section "CaseFlow:Postgres"; environment CaseFlow__Postgres__ConnectionString), used when CaseFlow:Store
/// is Postgres. The schema is created, or migrated, when the service starts.
/// </summary>
public sealed class PostgresOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Postgres";

    /// <summary>An Npgsql connection string, e.g. <c>Host=127.0.0.1;Port=5432;Database=caseflow;Username=caseflow;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }
}
