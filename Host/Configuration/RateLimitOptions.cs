using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>
/// How many requests one caller may make (configuration section CaseFlow:RateLimit): each signed-in identity, and each address
/// of anonymous callers, has its own allowance per window; a request beyond it is answered 429 with Retry-After.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:RateLimit";

    /// <summary>The requests one caller may make in a window.</summary>
    [Range(1, 1_000_000, ErrorMessage = "CaseFlow:RateLimit:PermitLimit must be between 1 and 1000000, e.g. 1200")]
    public int PermitLimit { get; set; } = 1200;

    /// <summary>The window the allowance is counted over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "CaseFlow:RateLimit:Window must be between 00:00:01 and 01:00:00, e.g. 00:01:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
