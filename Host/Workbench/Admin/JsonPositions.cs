using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>
/// Where each value of a JSON text stands, by the JSON path the definition's errors name (<c>$.workflows[2].transitions[4].to</c>),
/// so that a page can point at the text an error is about. A path naming nothing in the text (a missing property) points at the
/// nearest value that is there; text that is not JSON is read as far as it goes.
/// </summary>
public sealed partial class JsonPositions
{
    private readonly Dictionary<string, (int Start, int End)> _values;
    private readonly List<int> _lineStarts;
    private readonly int _length;

    private JsonPositions(Dictionary<string, (int Start, int End)> values, List<int> lineStarts, int length)
    {
        _values = values;
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>Reads where every value of the text is.</summary>
    public static JsonPositions Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var charAt = CharOffsets(text, bytes.Length);
        var values = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var open = new Stack<Container>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(new Container(PathOfNext(open, property), charAt[reader.TokenStartIndex], reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var closed = open.Pop();
                        values.TryAdd(closed.Path, (closed.Start, charAt[reader.BytesConsumed]));
                        Advance(open);
                        break;
                    default:
                        values.TryAdd(PathOfNext(open, property), (charAt[reader.TokenStartIndex], charAt[reader.BytesConsumed]));
                        Advance(open);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Text past the first syntax error has no paths; the error itself names its line.
        }

        return new JsonPositions(values, LineStarts(text), text.Length);
    }

    /// <summary>Where the error at this path is: the value it names, or the nearest enclosing value present; null when none is.</summary>
    public JsonPosition? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (LinePattern().Match(path) is { Success: true } syntax)
        {
            var number = int.Parse(syntax.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number < 1 || number > _lineStarts.Count)
            {
                return null;
            }

            var end = number < _lineStarts.Count ? _lineStarts[number] - 1 : _length;
            return new JsonPosition(number, 1, number, end - _lineStarts[number - 1] + 1);
        }

        for (var at = path; at.Length > 0; at = Parent(at))
        {
            if (_values.TryGetValue(at, out var value))
            {
                var (line, column) = LineAndColumn(value.Start);
                var (endLine, endColumn) = LineAndColumn(value.End);
                return new JsonPosition(line, column, endLine, endColumn);
            }
        }

        return null;
    }

    private (int Line, int Column) LineAndColumn(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static string PathOfNext(Stack<Container> open, string? property)
    {
        if (!open.TryPeek(out var parent))
        {
            return "$";
        }

        return parent.IsArray
            ? $"{parent.Path}[{parent.Index.ToString(CultureInfo.InvariantCulture)}]"
            : $"{parent.Path}.{property}";
    }

    private static void Advance(Stack<Container> open)
    {
        if (open.TryPeek(out var parent) && parent.IsArray)
        {
            parent.Index++;
        }
    }

    /// <summary>$.a.b[2] → $.a.b → $.a → $ → "".</summary>
    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : path == "$" ? "" : "$";
    }

    /// <summary>The offset in the string of each byte offset of its UTF-8 form.</summary>
    private static int[] CharOffsets(string text, int byteCount)
    {
        var offsets = new int[byteCount + 1];
        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4
                : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : 3;
            for (var b = 0; b < width; b++)
            {
                offsets[position + b] = i;
            }

            position += width;
            if (width == 4)
            {
                i++;
            }
        }

        offsets[byteCount] = text.Length;
        return offsets;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    [GeneratedRegex(@"^\$ \(line (\d+)")]
    private static partial Regex LinePattern();

    private sealed class Container(string path, int start, bool isArray)
    {
        public string Path { get; } = path;

        public int Start { get; } = start;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; }
    }
}

/// <summary>
/// A stretch of the draft's text by lines and columns (from 1; the end just past its last character): lines, not offsets, because a
/// browser's text box counts a line break as one character whatever the text was sent with.
/// </summary>
/// <param name="Line">The line it starts on.</param>
/// <param name="Column">The column it starts at.</param>
/// <param name="EndLine">The line it ends on.</param>
/// <param name="EndColumn">The column just past its end.</param>
public sealed record JsonPosition(int Line, int Column, int EndLine, int EndColumn);
