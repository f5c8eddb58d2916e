using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CaseFlow.Domain.Tests.Domain;

/// <summary>
/// What an assembly reaches that a pure domain must not: packages for stores, brokers and the web, types that touch files,
/// the network, the console or processes, and reads of the wall clock or the environment. Read from the compiled metadata, so a single call in any file counts.
/// </summary>
internal static class DomainBoundary
{
    private static readonly string[] ForbiddenAssemblyPrefixes =
    [
        "MassTransit", "RabbitMQ", "Microsoft.Data.", "Npgsql", "Microsoft.AspNetCore", "Microsoft.Extensions.",
        "System.Net.", "System.Data", "CaseFlow.Engine", "CaseFlow.Host",
    ];

    private static readonly string[] ForbiddenNamespaces = ["System.Net", "System.Data", "Microsoft.Data", "System.IO.Pipes", "System.IO.Compression"];

    private static readonly HashSet<string> ForbiddenTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo",
        "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.IO.FileSystemInfo",
        "System.Console", "System.Diagnostics.Process", "System.Threading.Timer", "System.Timers.Timer",
    ];

    // System.Environment as a whole is no mark of I/O: the compiler's iterators read its CurrentManagedThreadId.
    private static readonly HashSet<string> AmbientMembers =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "System.Environment.GetEnvironmentVariable", "System.Environment.GetEnvironmentVariables", "System.Environment.Exit",
    ];

    /// <summary>The assemblies <paramref name="assembly"/> references that a pure domain must not.</summary>
    public static IReadOnlyList<string> ForbiddenReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => ForbiddenAssemblyPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    /// <summary>The types doing I/O that <paramref name="assembly"/> names anywhere in its code or signatures.</summary>
    public static IReadOnlyList<string> IoTypes(Assembly assembly) =>
        Read(assembly, md => md.TypeReferences
            .Select(h => FullName(md, h))
            .Where(name => ForbiddenTypes.Contains(name) || ForbiddenNamespaces.Any(ns => name.StartsWith(ns + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>The reads of the wall clock or the process environment in <paramref name="assembly"/> (the domain takes both as values).</summary>
    public static IReadOnlyList<string> AmbientReads(Assembly assembly) =>
        Read(assembly, md => md.MemberReferences
            .Select(h => md.GetMemberReference(h))
            .Where(m => m.Parent.Kind == HandleKind.TypeReference)
            .Select(m => $"{FullName(md, (TypeReferenceHandle)m.Parent)}.{md.GetString(m.Name)}")
            .Where(AmbientMembers.Contains)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList());

    private static List<string> Read(Assembly assembly, Func<MetadataReader, List<string>> query)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        return query(pe.GetMetadataReader());
    }

    private static string FullName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{FullName(md, (TypeReferenceHandle)type.ResolutionScope)}+{name}"
            : type.Namespace.IsNil ? name : $"{md.GetString(type.Namespace)}.{name}";
    }
}
