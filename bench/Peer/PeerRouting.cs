using System.Security.Cryptography;
using System.Text;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Peer;

/// <summary>
/// The peer's routing table: category → jurisdiction, platform, coordinator, lead office — the data a team without CaseFlow would keep
/// in configuration. It is read from workflows.json so both systems route the same cases the same way.
/// </summary>
public sealed class PeerRouting
{
    private readonly Dictionary<string, (string Jurisdiction, string Platform, string Coordinator, string LeadOffice)> _categories;

    public PeerRouting(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _categories = definition.Definition.Categories.ToDictionary(
            c => c.Id,
            c => (c.Jurisdiction, c.Platform, definition.Platform(c.Platform)!.Coordinator, c.LeadOffice),
            StringComparer.Ordinal);
    }

    public bool InScope(string category) => _categories.TryGetValue(category, out var c) && c.Jurisdiction == "township";

    public string Platform(string category) => _categories[category].Platform;

    public string Coordinator(string category) => _categories[category].Coordinator;

    public string LeadOffice(string category) => _categories[category].LeadOffice;

    /// <summary>The case id a submission's client key stands for (name-based, so a resent submission finds the same saga).</summary>
    public static Guid CaseId(string clientKey)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(clientKey), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
