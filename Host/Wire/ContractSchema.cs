using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Messaging;
using CaseFlow.Workflows.Model;
using MassTransit.Serialization;

namespace CaseFlow.Host.Wire;

/// <summary>
/// The JSON Schema of a contract as MassTransit's System.Text.Json serializer writes it: its property names, their JSON types,
/// which properties a message must carry and the value an omitted one takes, each described as the contract's doc comments say and,
/// where the set is closed, with the values it may take.
/// </summary>
public static class ContractSchema
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The JSON property name MassTransit writes for a contract property.</summary>
    public static string JsonName(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var policy = SystemTextJsonMessageSerializer.Options.PropertyNamingPolicy;
        return policy is null ? property.Name : policy.ConvertName(property.Name);
    }

    /// <summary>
    /// The schema of a contract record. A property is required unless it is nullable (then null is allowed too), a collection, or
    /// has a default of its own (a value other than empty, which the schema states): omitting it would leave the message without that datum.
    /// Ids the definition declares are enumerated from <paramref name="definition"/>.
    /// </summary>
    public static JsonObject For(Type contract, TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(definition);
        var fresh = contract.GetConstructor(Type.EmptyTypes)?.Invoke(null);
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in WireContracts.Properties(contract))
        {
            var name = JsonName(property);
            var schema = TypeSchema(property.PropertyType, $"{contract.Name}.{property.Name}");
            Bound(schema, contract, name);
            var allowed = AllowedValues.For(contract, name, definition);
            var value = fresh is null ? null : property.GetValue(fresh);
            if (IsNullable(property))
            {
                properties[name] = Described(OrNull(Enumerated(schema, allowed, orNull: true)), ContractDocumentation.Of(property));
                continue;
            }

            if (IsEmpty(value, property.PropertyType))
            {
                required.Add(name);
            }
            else if (value is not null)
            {
                schema["default"] = JsonSerializer.SerializeToNode(value, property.PropertyType, SystemTextJsonMessageSerializer.Options);
            }

            properties[name] = Described(Enumerated(schema, allowed, orNull: false), ContractDocumentation.Of(property));
        }

        var result = new JsonObject { ["type"] = "object", ["title"] = contract.Name, ["description"] = ContractDocumentation.Of(contract) };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        result["properties"] = properties;
        return result;
    }

    /// <summary>
    /// States a command's text limits (<see cref="InputLimits"/>) in its schema: a string's maxLength, a list's maxItems and its
    /// items' maxLength. Only what CaseFlow receives is bounded; what it sends is described as it is.
    /// </summary>
    private static void Bound(JsonObject schema, Type contract, string name)
    {
        if (!CommandMapper.CommandTypes.Contains(contract) && contract != typeof(Contracts.Commands.Reporter))
        {
            return;
        }

        var field = contract == typeof(Contracts.Commands.Reporter) ? $"reporter.{name}" : name;
        if (InputLimits.Find(field) is not { } limit)
        {
            return;
        }

        if (schema["type"]?.GetValue<string>() == "array" && schema["items"] is JsonObject items)
        {
            schema["maxItems"] = InputLimits.MaxItems(field) ?? throw new InvalidOperationException($"{contract.Name}.{name} is a list, but InputLimits.MaxItems does not bound it");
            items["maxLength"] = limit.MaxLength;
        }
        else if (schema["type"]?.GetValue<string>() == "string")
        {
            schema["maxLength"] = limit.MaxLength;
        }
    }

    /// <summary>Limits a string, or a list's items, to the values allowed (null too when the property is nullable).</summary>
    private static JsonObject Enumerated(JsonObject schema, IReadOnlyList<string>? allowed, bool orNull)
    {
        if (allowed is null)
        {
            return schema;
        }

        var values = new JsonArray([.. allowed.Select(v => (JsonNode?)JsonValue.Create(v))]);
        if (schema["type"]?.GetValue<string>() == "array" && schema["items"] is JsonObject items)
        {
            items["enum"] = values;
            return schema;
        }

        if (orNull)
        {
            values.Add(null);
        }

        schema["enum"] = values;
        return schema;
    }

    /// <summary>
    /// A property's schema with its description first. A bare <c>$ref</c> is wrapped in <c>allOf</c>, since JSON Schema draft 7, which
    /// AsyncAPI 2.6 builds on, ignores a reference's sibling keywords.
    /// </summary>
    private static JsonObject Described(JsonObject schema, string description)
    {
        if (schema["$ref"] is not null)
        {
            return new JsonObject { ["description"] = description, ["allOf"] = new JsonArray(schema) };
        }

        var described = new JsonObject { ["description"] = description };
        foreach (var key in schema.Select(p => p.Key).ToList())
        {
            var node = schema[key];
            schema.Remove(key);
            described[key] = node;
        }

        return described;
    }

    /// <summary>A nullable property's schema: MassTransit writes its null rather than leaving it out.</summary>
    private static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable);

    /// <summary>A value a sender has to replace: no value, an empty string, or a value type's zero. Collections are never required.</summary>
    private static bool IsEmpty(object? value, Type type) => value switch
    {
        null => true,
        string text => text.Length == 0,
        IEnumerable => false,
        _ when type.IsValueType => value.Equals(Activator.CreateInstance(type)),
        _ => false,
    };

    private static JsonObject TypeSchema(Type type, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return Simple("string");
        }

        if (type == typeof(Guid))
        {
            return Simple("string", "uuid");
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return Simple("string", "date-time");
        }

        if (type == typeof(int) || type == typeof(short) || type == typeof(byte))
        {
            return Simple("integer", "int32");
        }

        if (type == typeof(long))
        {
            return Simple("integer", "int64");
        }

        if (type == typeof(bool))
        {
            return Simple("boolean");
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return Simple("number");
        }

        if (WireContracts.IsContract(type))
        {
            return new JsonObject { ["$ref"] = $"#/components/schemas/{WireContracts.Key(type)}" };
        }

        if (ElementType(type) is { } element)
        {
            return new JsonObject { ["type"] = "array", ["items"] = TypeSchema(element, where) };
        }

        throw new NotSupportedException(
            $"{where}: {type.Name} has no JSON Schema mapping in the AsyncAPI generator; use string, Guid, DateTimeOffset, int, long, bool, "
            + "a number, a list or another contract record, or teach Host/Wire/ContractSchema.cs the new type");
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var isDictionary = type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        return enumerable is null || isDictionary ? null : enumerable.GetGenericArguments()[0];
    }

    private static JsonObject Simple(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }
}
