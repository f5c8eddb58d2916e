using System.Collections;
using System.Reflection;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>
/// The fields each trigger takes, read from the engine's own mapping of its command contracts (<see cref="CommandMapper"/>), not from a
/// second table: each contract property is set alone to a probe value and mapped, and the payload property it lands in is the one it
/// fills. A form thus asks for what a command over the bus carries, under the contract's name (the name the engine's field problems
/// use), and a field added to a contract appears on the case page by itself. A trigger no contract maps (one a definition adds only to
/// move state) takes no fields.
/// </summary>
public static class CommandFields
{
    private static readonly DateTimeOffset ProbeInstant = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<CommandField>>> ByTrigger = new(Derive);

    /// <summary>The fields <paramref name="trigger"/> takes, in the contract's order; empty for one without data.</summary>
    public static IReadOnlyList<CommandField> Of(string trigger) =>
        ByTrigger.Value.TryGetValue(trigger, out var fields) ? fields : [];

    /// <summary>Every trigger some contract maps to, with its fields (submissions excluded: the receive form asks for those).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CommandField>> All => ByTrigger.Value;

    private static Dictionary<string, IReadOnlyList<CommandField>> Derive()
    {
        var triggers = new Dictionary<string, IReadOnlyList<CommandField>>(StringComparer.Ordinal);
        var payloadProperties = typeof(CasePayload).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var contract in CommandMapper.CommandTypes)
        {
            var blank = CommandMapper.ToCaseCommand(Activator.CreateInstance(contract)!, Guid.Empty);
            if (blank.Trigger == Triggers.Submit)
            {
                continue;
            }

            var fields = new List<CommandField>();
            foreach (var property in contract.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name is nameof(CaseCommand.CaseId) or nameof(CaseCommand.Actor) || !property.CanWrite || Probe(property.PropertyType) is not { } probe)
                {
                    continue;
                }

                var message = Activator.CreateInstance(contract)!;
                property.SetValue(message, probe);
                var mapped = CommandMapper.ToCaseCommand(message, Guid.Empty).Payload;
                var filled = payloadProperties.FirstOrDefault(p => !Same(p.GetValue(blank.Payload), p.GetValue(mapped)));
                if (filled is not null)
                {
                    fields.Add(new CommandField(Camel(property.Name), Camel(filled.Name), Nullable.GetUnderlyingType(filled.PropertyType) ?? filled.PropertyType));
                }
            }

            triggers[blank.Trigger] = fields;
        }

        return triggers;
    }

    /// <summary>A value unlike any contract's default, or null for a type the probe does not know (such a property is not offered).</summary>
    private static object? Probe(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare == typeof(string) ? "probe"
            : bare == typeof(bool) ? true
            : bare == typeof(int) ? 7
            : bare == typeof(Guid) ? new Guid("0196a0b0-0000-7000-8000-000000000001")
            : bare == typeof(DateTimeOffset) ? ProbeInstant
            : bare.IsAssignableFrom(typeof(string[])) ? new[] { "probe" }
            : null;
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable first and not string && b is IEnumerable second and not string
            ? first.Cast<object?>().SequenceEqual(second.Cast<object?>())
            : Equals(a, b);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
