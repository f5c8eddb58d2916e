using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>
/// A JSON document as the hostile suite writes it, by hand: unlike System.Text.Json it can hold what a hostile caller sends and a
/// well-behaved writer refuses (lone surrogates escaped, numbers past double, a value nested thousands deep), and it keeps huge text
/// as a recipe so that a generated request costs memory only while it is sent.
/// </summary>
internal abstract record Json
{
    public static readonly Json Null = new Raw("null");

    /// <summary>The document as UTF-8 bytes.</summary>
    public byte[] Render()
    {
        var text = new StringBuilder();
        Write(text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The document for a failure message: huge or deep parts summarised, the rest cut at <paramref name="limit"/> characters.</summary>
    public string Describe(int limit = 400)
    {
        var text = new StringBuilder();
        Write(text, summary: true);
        return text.Length <= limit ? text.ToString() : $"{text.ToString(0, limit)}… ({text.Length} chars)";
    }

    public abstract void Write(StringBuilder text, bool summary = false);

    /// <summary>A template from an ordinary JSON node.</summary>
    public static Json From(JsonNode? node) => node switch
    {
        null => Null,
        JsonObject o => new Obj([.. o.Select(p => (p.Key, From(p.Value)))]),
        JsonArray a => new Arr([.. a.Select(From)]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new Str(v.GetValue<string>()),
        _ => new Raw(node.ToJsonString()),
    };

    /// <summary>Every slot of the document that holds a value, for a mutation to pick one: the root's own fields and everything below.</summary>
    public IEnumerable<Json> Containers()
    {
        var stack = new Stack<Json>([this]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next is Obj { Fields.Count: > 0 } or Arr { Items.Count: > 0 })
            {
                yield return next;
            }

            foreach (var child in next switch { Obj o => o.Fields.Select(f => f.Value), Arr a => a.Items, _ => [] })
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>A string written with every non-ASCII or control character escaped, lone surrogates included (which JSON's grammar allows).</summary>
    public static void Quote(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7e)
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
    }

    /// <summary>An object; its fields are kept in order and may repeat, as a hostile writer's may.</summary>
    public sealed record Obj(List<(string Key, Json Value)> Fields) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            text.Append('{');
            for (var i = 0; i < Fields.Count; i++)
            {
                text.Append(i == 0 ? "" : ",");
                Quote(text, Fields[i].Key);
                text.Append(':');
                Fields[i].Value.Write(text, summary);
            }

            text.Append('}');
        }
    }

    public sealed record Arr(List<Json> Items) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            text.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                text.Append(i == 0 ? "" : ",");
                Items[i].Write(text, summary);
            }

            text.Append(']');
        }
    }

    public sealed record Str(string Value) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            if (summary && Value.Length > 200)
            {
                Quote(text, $"{Value[..60]}…({Value.Length} chars)");
                return;
            }

            Quote(text, Value);
        }
    }

    /// <summary>A token written as it is: a number (1e400 too), true, false, null, or anything else a hostile writer puts there.</summary>
    public sealed record Raw(string Token) : Json
    {
        public override void Write(StringBuilder text, bool summary = false) =>
            text.Append(summary && Token.Length > 200 ? $"{Token[..60]}…({Token.Length} chars)" : Token);
    }

    /// <summary>A string of <paramref name="Count"/> copies of <paramref name="Unit"/>, made only when sent.</summary>
    public sealed record Huge(string Unit, int Count) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            if (summary)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"{Unit}\"×{Count}");
                return;
            }

            var one = new StringBuilder();
            Quote(one, Unit);
            var unit = one.ToString(1, one.Length - 2);
            text.Append('"').Insert(text.Length, unit, Count).Append('"');
        }
    }

    /// <summary>An array of <paramref name="Count"/> copies of one value, made only when sent.</summary>
    public sealed record Many(Json Item, int Count) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            if (summary)
            {
                text.Append('[');
                Item.Write(text, summary);
                text.Append(CultureInfo.InvariantCulture, $"]×{Count}");
                return;
            }

            text.Append('[');
            for (var i = 0; i < Count; i++)
            {
                text.Append(i == 0 ? "" : ",");
                Item.Write(text);
            }

            text.Append(']');
        }
    }

    /// <summary>Arrays or objects nested <paramref name="Depth"/> deep around a value.</summary>
    public sealed record Nested(int Depth, bool Objects) : Json
    {
        public override void Write(StringBuilder text, bool summary = false)
        {
            if (summary)
            {
                text.Append(CultureInfo.InvariantCulture, $"({(Objects ? "objects" : "arrays")} nested {Depth} deep)");
                return;
            }

            text.Insert(text.Length, Objects ? "{\"a\":" : "[", Depth).Append('1').Insert(text.Length, Objects ? "}" : "]", Depth);
        }
    }
}
