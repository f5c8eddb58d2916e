using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>Administering the definitions (section "CaseFlow:Admin"; environment CaseFlow__Admin__Key and so on).</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Admin";

    /// <summary>
    /// The key every /admin request must carry in the X-Admin-Key header. When it is not set, the admin endpoints answer only
    /// requests from this machine (loopback).
    /// </summary>
    [MinLength(16, ErrorMessage = "CaseFlow:Admin:Key must be at least 16 characters (or left unset to allow admin requests from this machine only)")]
    public string? Key { get; set; }

    /// <summary>True to publish the definition file again whenever it changes while the service runs.</summary>
    public bool WatchDefinition { get; set; } = true;

    /// <summary>How often the definition file (and the store's current version) is checked; a change is published once it has held still for one interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "CaseFlow:Admin:WatchInterval must be between 00:00:00.050 and 01:00:00")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);
}
