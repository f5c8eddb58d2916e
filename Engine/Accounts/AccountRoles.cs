namespace CaseFlow.Engine.Accounts;

/// <summary>The roles an identity may hold beside its positions: they open the admin API and the disclosure of personal data.</summary>
public static class AccountRoles
{
    /// <summary>Publishes definitions and migrates running cases (the /admin API).</summary>
    public const string Administrator = "administrator";

    /// <summary>May see reporters' personal data, stating why each time (every disclosure is recorded).</summary>
    public const string Auditor = "auditor";

    /// <summary>Every role, as written in accounts and tokens.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Auditor];
}
