using CaseFlow.Host.Configuration;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Admin;

/// <summary>Wires definition administration: its options, the file watcher and the /admin endpoints.</summary>
public static class CaseFlowAdminExtensions
{
    /// <summary>Adds the admin options (validated at start) and the definition file watcher.</summary>
    public static IServiceCollection AddCaseFlowAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<DefinitionFileWatcher>();
        return services;
    }

    /// <summary>Maps /admin/definitions, /admin/calendar and /admin/migrations for callers holding the administrator role (wherever they call from).</summary>
    public static WebApplication MapCaseFlowAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admin = app.MapGroup("/admin").WithTags("Admin").RequireAuthorization(CaseFlowPolicies.Administrator);
        DefinitionAdminEndpoints.Map(admin);
        CalendarAdminEndpoints.Map(admin);
        MigrationEndpoints.Map(admin);
        Privacy.ErasureEndpoints.MapErasure(admin);
        return app;
    }
}
