using System.Reflection;
using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Host.Wire;

/// <summary>
/// The contracts as they appear on the wire, found by reflection so that a record added to the Contracts assembly is documented
/// without anyone listing it: commands are what the engine consumes, parts are records nested in other contracts, and every
/// other record is a message CaseFlow publishes.
/// </summary>
public static class WireContracts
{
    private const string ContractsNamespace = "CaseFlow.Contracts";

    /// <summary>Every public record in a <c>CaseFlow.Contracts.*</c> namespace, ordered by namespace and name.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(SubmitCase).Assembly.GetExportedTypes()
        .Where(t => t.Namespace?.StartsWith(ContractsNamespace + ".", StringComparison.Ordinal) == true && IsRecord(t))
        .OrderBy(t => t.Namespace, StringComparer.Ordinal)
        .ThenBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The commands CaseFlow consumes from its command queue, in the engine's order.</summary>
    public static IReadOnlyList<Type> Commands { get; } = CommandMapper.CommandTypes;

    /// <summary>Records that only appear inside other contracts (a submission's reporter, a rejection's field errors).</summary>
    public static IReadOnlyList<Type> Parts { get; } = All
        .Where(t => !Commands.Contains(t) && All.Any(owner => Properties(owner).Any(p => Mentions(p.PropertyType, t))))
        .ToList();

    /// <summary>The messages CaseFlow publishes: every contract that is neither a command nor a part.</summary>
    public static IReadOnlyList<Type> Events { get; } = All.Except(Commands).Except(Parts).ToList();

    /// <summary>The commands and events: every contract that travels as a message of its own.</summary>
    public static IReadOnlyList<Type> Messages { get; } = [.. Commands, .. Events];

    /// <summary>The serialised properties of a contract, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return contract.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToList();
    }

    /// <summary>MassTransit's name for a message type, used both as the exchange name and inside its URN: <c>Namespace:TypeName</c>.</summary>
    public static string EntityName(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract.IsNested || contract.IsGenericType)
        {
            throw new NotSupportedException($"{contract.FullName}: nested and generic contracts get MassTransit names this document does not describe; make it a top-level record");
        }

        return $"{contract.Namespace}:{contract.Name}";
    }

    /// <summary>The message type URN MassTransit writes in an envelope's <c>messageType</c>.</summary>
    public static string Urn(Type contract) => $"urn:message:{EntityName(contract)}";

    /// <summary>The contract's area: the last part of its namespace (<c>Commands</c>, <c>Events</c>, <c>County</c>).</summary>
    public static string Area(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return contract.Namespace![(contract.Namespace!.LastIndexOf('.') + 1)..];
    }

    /// <summary>
    /// The contract's key in the document's components: its name, qualified by its area only when two contracts share the name.
    /// </summary>
    public static string Key(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return All.Count(t => t.Name == contract.Name) > 1 ? $"{Area(contract)}.{contract.Name}" : contract.Name;
    }

    /// <summary>Whether a type is one of the contract records.</summary>
    public static bool IsContract(Type type) => All.Contains(type);

    private static bool IsRecord(Type type) => type.IsClass && type.GetMethod("<Clone>$") is not null;

    private static bool Mentions(Type propertyType, Type part) =>
        propertyType == part || propertyType.GetGenericArguments().Any(a => Mentions(a, part)) || (propertyType.IsArray && Mentions(propertyType.GetElementType()!, part));
}
