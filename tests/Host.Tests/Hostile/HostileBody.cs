using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>A hostile body: a document (cut short when <see cref="CutAt"/> says so) or raw bytes, and what kind of hostility it is.</summary>
internal sealed record HostileBody(string Kind, Json? Document, byte[]? Raw = null, double? CutAt = null)
{
    public byte[] Render()
    {
        if (Raw is not null)
        {
            return Raw;
        }

        var bytes = Document!.Render();
        return CutAt is { } fraction ? bytes[..Math.Max(1, (int)(bytes.Length * fraction))] : bytes;
    }

    public string Describe() => Raw is not null
        ? $"{Kind}: bytes [{Convert.ToHexString(Raw.AsSpan(0, Math.Min(Raw.Length, 60)))}] {Encoding.UTF8.GetString(Raw.AsSpan(0, Math.Min(Raw.Length, 120)))}"
        : $"{Kind}{(CutAt is { } f ? $" (cut at {f:P0})" : "")}: {Document!.Describe()}";

    /// <summary>
    /// Bodies made from a template (a fresh copy each time): one value made hostile or of the wrong type, nulls, a field dropped or
    /// added, the document cut short, junk instead of JSON, deep nesting, long text and long arrays.
    /// </summary>
    public static Gen<HostileBody> From(Func<Json> template) => Gen.Frequency(
        (6, from pick in Gen.Choose(0, int.MaxValue) from value in HostileText.Any() select Set(template(), pick, new Json.Str(value), "a hostile string")),
        (4, from pick in Gen.Choose(0, int.MaxValue) from value in WrongType() select Set(template(), pick, value, "a value of the wrong type")),
        (1, Gen.Constant(0).Select(_ => Nulls(template(), everywhere: true))),
        (2, Gen.Choose(0, int.MaxValue).Select(seed => Nulls(template(), everywhere: false, seed))),
        (1, Gen.Choose(0, int.MaxValue).Select(pick => Drop(template(), pick))),
        (1, from pick in Gen.Choose(0, int.MaxValue) from key in Gen.Elements("unknown", "actor", "__proto__", "$type", "") from value in HostileText.Any()
            select Add(template(), pick, key, value)),
        (3, Gen.Choose(1, 99).Select(percent => new HostileBody("truncated JSON", template(), CutAt: percent / 100.0))),
        (2, Junk()),
        (1, from depth in Gen.Elements(65, 1_000, 100_000) from objects in Gen.Elements(true, false) from pick in Gen.Choose(0, int.MaxValue)
            select Set(template(), pick, new Json.Nested(depth, objects), "a deeply nested value")),
        (1, from pick in Gen.Choose(0, int.MaxValue) from unit in Gen.Elements("a", "字", "\\", "\uD800")
            from count in Gen.Elements(50_000, 300_000) select Set(template(), pick, new Json.Huge(unit, count), "a long string")),
        (1, from pick in Gen.Choose(0, int.MaxValue) from count in Gen.Elements(10_000, 200_000) from item in WrongType()
            select Set(template(), pick, new Json.Many(item, count), "a long array")));

    /// <summary>A body of more than ten megabytes: for a few requests only, to keep the suite's memory bounded.</summary>
    public static Gen<HostileBody> Giant(Func<Json> template) =>
        from pick in Gen.Choose(0, int.MaxValue)
        from megabytes in Gen.Elements(12, 20)
        select Set(template(), pick, new Json.Huge("a", megabytes * 1024 * 1024), "a giant document");

    /// <summary>Values of every JSON type and none, numbers past every range, and strings JSON decoders refuse.</summary>
    public static Gen<Json> WrongType() => Gen.Elements<Json>(
        Json.Null, new Json.Raw("true"), new Json.Raw("false"), new Json.Raw("0"), new Json.Raw("-1"), new Json.Raw("2147483648"),
        new Json.Raw("-9223372036854775809"), new Json.Raw("1e400"), new Json.Raw("-1e400"), new Json.Raw("1.5"), new Json.Raw("-0"),
        new Json.Raw("99999999999999999999999999"), new Json.Str("x"), new Json.Arr([]), new Json.Arr([Json.Null]), new Json.Obj([]),
        new Json.Obj([("a", Json.Null)]), new Json.Str("\uD800"), new Json.Raw("\"\\uDC00\""), new Json.Raw("NaN"), new Json.Raw("undefined"));

    /// <summary>Bodies that are not one JSON document: empty, other formats, bad UTF-8, JSON with syntax errors or a second document.</summary>
    public static Gen<HostileBody> Junk() => Gen.OneOf(Gen.Elements(
        "", " ", "null", "[]", "42", "\"x\"", "true", "<?xml version=\"1.0\"?><case/>", "userName=a&password=b", "{'single': 'quotes'}", "{\"a\":1,}",
        "{\"a\" 1}", "NaN", "/* comment */ {}", "{}{}", "{\"a\":1}\n{\"b\":2}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\\u12\"}",
        "\0\0\0", "{\"caseId\":", "[{]}", "\uFEFF{}", "{\"actor\":\"command-room\",\"actor\":\"nobody\"}")
        .Select(text => new HostileBody("not one JSON document", null, Encoding.UTF8.GetBytes(text))),
        Gen.Elements<byte[]>([0xC3, 0x28], [0xFF, 0xFE, 0x00, 0x7B], [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D], [0xC0, 0xAF])
            .Select(bytes => new HostileBody("invalid UTF-8", null, bytes)));

    private static HostileBody Set(Json document, int pick, Json value, string kind)
    {
        var slots = document.Containers().ToList();
        if (slots.Count == 0)
        {
            return new HostileBody($"{kind} as the whole body", value);
        }

        switch (slots[pick % slots.Count])
        {
            case Json.Obj o:
                var i = pick / slots.Count % o.Fields.Count;
                o.Fields[i] = (o.Fields[i].Key, value);
                return new HostileBody($"{kind} in '{o.Fields[i].Key}'", document);
            case Json.Arr a:
                a.Items[pick / slots.Count % a.Items.Count] = value;
                return new HostileBody($"{kind} in an array", document);
            default:
                throw new InvalidOperationException("only objects and arrays hold values");
        }
    }

    private static HostileBody Nulls(Json document, bool everywhere, int seed = 0)
    {
        var random = new Random(seed);
        foreach (var slot in document.Containers().ToList())
        {
            if (slot is Json.Obj o)
            {
                for (var i = 0; i < o.Fields.Count; i++)
                {
                    o.Fields[i] = everywhere || random.Next(2) == 0 ? (o.Fields[i].Key, Json.Null) : o.Fields[i];
                }
            }
            else if (slot is Json.Arr a)
            {
                for (var i = 0; i < a.Items.Count; i++)
                {
                    a.Items[i] = everywhere || random.Next(2) == 0 ? Json.Null : a.Items[i];
                }
            }
        }

        return new HostileBody(everywhere ? "nulls everywhere" : "nulls here and there", document);
    }

    private static HostileBody Drop(Json document, int pick)
    {
        var objects = document.Containers().OfType<Json.Obj>().ToList();
        if (objects.Count == 0)
        {
            return new HostileBody("nothing to drop", document);
        }

        var o = objects[pick % objects.Count];
        var i = pick / objects.Count % o.Fields.Count;
        var key = o.Fields[i].Key;
        o.Fields.RemoveAt(i);
        return new HostileBody($"'{key}' dropped", document);
    }

    private static HostileBody Add(Json document, int pick, string key, string value)
    {
        var objects = document.Containers().OfType<Json.Obj>().ToList();
        if (objects.Count == 0)
        {
            return new HostileBody("a field added to nothing", new Json.Obj([(key, new Json.Str(value))]));
        }

        objects[pick % objects.Count].Fields.Add((key, new Json.Str(value)));
        return new HostileBody($"field '{key}' added", document);
    }
}
