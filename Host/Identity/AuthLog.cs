namespace CaseFlow.Host.Identity;

/// <summary>The log lines of signing in (names only: passwords and tokens are never logged).</summary>
internal static partial class AuthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the token signing key {Path} (mode 0600); keep it out of backups others can read, and give every instance sharing this store the same file")]
    public static partial void KeyCreated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserName} signed in; token good for {Lifetime}")]
    public static partial void SignedIn(ILogger logger, string userName, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for '{UserName}' (unknown, disabled or a wrong password)")]
    public static partial void SignInRefused(ILogger logger, string userName);
}
