using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseFlow.Contracts.Commands;

namespace CaseFlow.Host.Wire;

/// <summary>
/// The contracts' own XML doc comments as plain text: the one place a contract and its properties are described, read by .NET callers
/// in their editor and by everyone else in the AsyncAPI document. The build writes them beside the assembly
/// (<c>CaseFlow.Contracts.xml</c>, from <c>GenerateDocumentationFile</c>), and a public member without a summary does not compile.
/// </summary>
public static partial class ContractDocumentation
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Summaries = new(Load);

    /// <summary>The documentation file this build reads.</summary>
    public static string FilePath => Path.ChangeExtension(typeof(SubmitCase).Assembly.Location, ".xml");

    /// <summary>A contract's summary.</summary>
    public static string Of(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Find($"T:{contract.FullName}", contract.Name);
    }

    /// <summary>A contract property's summary.</summary>
    public static string Of(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return Find($"P:{property.DeclaringType!.FullName}.{property.Name}", $"{property.DeclaringType.Name}.{property.Name}");
    }

    private static string Find(string id, string what) =>
        Summaries.Value.TryGetValue(id, out var text) && text.Length > 0
            ? text
            : throw new InvalidOperationException(
                $"{what} has no <summary> in {FilePath}; describe it with a /// <summary> in the Contracts project, which is what the AsyncAPI document says of it");

    private static Dictionary<string, string> Load()
    {
        if (!File.Exists(FilePath))
        {
            throw new FileNotFoundException(
                $"{FilePath} is missing: the contracts' descriptions come from it. The Contracts project writes it when GenerateDocumentationFile is on "
                + "(Directory.Build.props); build the solution again", FilePath);
        }

        return XDocument.Load(FilePath).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, m => Plain(m.Element("summary")!), StringComparer.Ordinal);
    }

    /// <summary>The summary as one line of text: a reference becomes the name it points at, code its text, whitespace one space.</summary>
    private static string Plain(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("cref") is { } cref => cref.Value[(cref.Value.LastIndexOf('.') + 1)..],
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
                XElement { Name.LocalName: "paramref" or "typeparamref" } name => name.Attribute("name")?.Value,
                XElement other => other.Value,
                _ => "",
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
