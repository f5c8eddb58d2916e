using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>
/// Administering the definitions (section "CaseFlow:Admin"; environment CaseFlow__Admin__WatchInterval and so on). Who may use the
/// admin API is not set here: it needs the administrator role of a signed-in caller (see <see cref="AuthOptions"/>).
/// </summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Admin";

    /// <summary>True to publish the definition file again whenever it changes while the service runs.</summary>
    public bool WatchDefinition { get; set; } = true;

    /// <summary>How often the definition file (and the store's current version) is checked; a change is published once it has held still for one interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "CaseFlow:Admin:WatchInterval must be between 00:00:00.050 and 01:00:00")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);
}
