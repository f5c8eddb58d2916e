using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// One numbered step of a database's schema: SQL, and for a change SQL cannot make alone a step in code, both run in the migration's
/// transaction. A released migration never changes (a change is a new one); the same number means the same change on every database.
/// </summary>
internal sealed record Migration(int Version, string Description, string Sql, Func<DbConnection, DbTransaction, CancellationToken, Task>? Step = null);
