namespace CaseFlow.Host.Configuration;

/// <summary>
/// Who may call the HTTP API (section "CaseFlow:Auth"; environment CaseFlow__Auth__TokenLifetime and so on). Every request carries a
/// bearer token: one the service signs for a local account (POST /auth/token), or one from an OpenID Connect provider (<see cref="Oidc"/>).
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Auth";

    /// <summary>The issuer of the tokens the service signs itself.</summary>
    public const string LocalIssuer = "caseflow-local";

    /// <summary>The audience of the tokens the service signs itself.</summary>
    public const string LocalAudience = "caseflow";

    /// <summary>
    /// True to let GET requests for cases and workflows through without a token (a wallboard, say). Never writes, the admin API or the
    /// audit API. Off by default.
    /// </summary>
    public bool AnonymousReads { get; set; }

    /// <summary>
    /// The PEM file holding the key local tokens are signed with, created (mode 0600) on first start when missing. Default:
    /// <c>$XDG_DATA_HOME/caseflow/token-signing-key.pem</c>, or <c>~/.local/share/caseflow/token-signing-key.pem</c>. Instances that
    /// share a store must share this file, or tokens one signs are refused by the other.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>How long a local token is good for; a working day by default.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>An OpenID Connect provider whose tokens are accepted beside local ones; off while its Authority is unset.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>The signing key file to use: as configured, else under the XDG data folder.</summary>
    public string ResolveSigningKeyFile()
    {
        if (!string.IsNullOrWhiteSpace(SigningKeyFile))
        {
            return Path.GetFullPath(SigningKeyFile);
        }

        return Path.Combine(SecretFiles.DefaultFolder, "token-signing-key.pem");
    }
}
