namespace CaseFlow.Host.Identity;

/// <summary>A bearer token issued for a local account.</summary>
/// <param name="AccessToken">The token, to send as 'Authorization: Bearer &lt;accessToken&gt;'.</param>
/// <param name="TokenType">Always Bearer.</param>
/// <param name="ExpiresIn">How many seconds it is good for.</param>
/// <param name="Positions">The positions of the organisation it carries.</param>
/// <param name="Roles">The roles it carries (administrator, auditor).</param>
internal sealed record IssuedToken(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Positions, IReadOnlyList<string> Roles);
