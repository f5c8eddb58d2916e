using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>
/// The attachment service for the configured store: on PostgreSQL the store's own tables (every instance shares them), on SQLite a
/// folder beside the database file (CaseFlow:Attachments:Folder), with the size limit of CaseFlow:Limits.
/// </summary>
internal static class AttachmentStartup
{
    /// <summary>Adds the validated settings and the one attachment service the case service, the endpoints (Open311's photos too) and the verbs share.</summary>
    public static IServiceCollection AddCaseFlowAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AttachmentOptions>>().Value;
            var caseStore = sp.GetRequiredService<ICaseStore>();
            var database = (configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>() ?? new CaseFlowOptions()).Database;
            var store = caseStore as IAttachmentStore ?? new FolderAttachmentStore(options.ResolvedFolder(database));
            return new AttachmentService(
                store,
                sp.GetRequiredService<PersonalDataVault>(),
                sp.GetRequiredService<TimeProvider>(),
                new AttachmentSettings((configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions()).AttachmentBytes, options.StagedFor));
        });
        services.AddSingleton<Open311.IOpen311Media, Open311.AttachmentMedia>();
        return services;
    }
}
