using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Routing;

/// <summary>Routing by the declared organisation: category → platform → office, and who coordinates joint handling.</summary>
public static class Router
{
    /// <summary>The office a platform's leader routes the case to by default: the category's lead office on its own platform, else the platform's lead office.</summary>
    public static string DefaultLeadOffice(CompiledDefinition definition, string categoryId, string platformId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var category = definition.Category(categoryId);
        if (category is not null && category.Platform == platformId)
        {
            return category.LeadOffice;
        }

        return definition.Platform(platformId)?.LeadOffice
            ?? throw new ArgumentException($"unknown platform '{platformId}'", nameof(platformId));
    }

    /// <summary>True when the office works on the platform: it lists the platform, is one of its forces, or leads or manages it.</summary>
    public static bool WorksOn(CompiledDefinition definition, string officeId, string platformId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var platform = definition.Platform(platformId);
        return platform is not null
            && (definition.Office(officeId)?.Platforms.Contains(platformId) == true
                || platform.Forces.Contains(officeId)
                || platform.LeadOffice == officeId
                || platform.ManagementOffice == officeId);
    }

    /// <summary>The offices that work on a platform (see <see cref="WorksOn"/>).</summary>
    public static IEnumerable<string> OfficesOf(CompiledDefinition definition, string platformId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Definition.Organisation.Offices.Select(o => o.Id).Where(o => WorksOn(definition, o, platformId));
    }

    /// <summary>The platforms a case involves: its own, plus the home platform of each co-handler that does not work on it.</summary>
    public static IReadOnlySet<string> PlatformsInvolved(CompiledDefinition definition, string? platformId, IEnumerable<string> coHandlers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var platforms = new SortedSet<string>(StringComparer.Ordinal);
        if (platformId is not null)
        {
            platforms.Add(platformId);
        }

        foreach (var office in coHandlers.Select(definition.Office).OfType<Workflows.Model.Office>())
        {
            if (platformId is null || !office.Platforms.Contains(platformId))
            {
                foreach (var home in office.Platforms.Take(1))
                {
                    platforms.Add(home);
                }
            }
        }

        return platforms;
    }

    /// <summary>Who coordinates a case: the main leader when several platforms are involved (policy: 需多个平台协作配合的事项由主要领导协调), else the platform's coordinator.</summary>
    public static string CoordinatingLeader(CompiledDefinition definition, IReadOnlySet<string> platforms)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(platforms);
        if (platforms.Count > 1)
        {
            return definition.Definition.Organisation.Leaders.First(l => l.Role == "mainLeader").Id;
        }

        return platforms.Select(definition.Platform).FirstOrDefault()?.Coordinator
            ?? definition.Definition.Organisation.CommandRoom.Id;
    }
}
