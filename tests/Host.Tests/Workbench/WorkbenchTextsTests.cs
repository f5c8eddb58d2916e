using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CaseFlow.Host.Tests.Workbench;

/// <summary>Every text of the workbench is said in both languages, with the same placeholders.</summary>
public sealed partial class WorkbenchTextsTests
{
    private static IEnumerable<string> ChineseFiles()
    {
        var root = Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!;
        return Directory.EnumerateFiles(Path.Combine(root, "Host", "Workbench"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    [Test]
    public void Texts_EveryChineseText_HasAnEnglishOneWithTheSamePlaceholders()
    {
        var files = ChineseFiles().ToList();
        Assert.That(files, Is.Not.Empty, "the workbench's texts were not found");
        var problems = new List<string>();
        foreach (var chinese in files)
        {
            var english = chinese[..^".resx".Length] + ".en.resx";
            if (!File.Exists(english))
            {
                problems.Add($"{Path.GetFileName(chinese)} has no English file {Path.GetFileName(english)}");
                continue;
            }

            var zh = Read(chinese);
            var en = Read(english);
            problems.AddRange(zh.Keys.Except(en.Keys).Select(k => $"{Path.GetFileName(english)} lacks '{k}'"));
            problems.AddRange(en.Keys.Except(zh.Keys).Select(k => $"{Path.GetFileName(chinese)} lacks '{k}'"));
            foreach (var key in zh.Keys.Intersect(en.Keys))
            {
                if (string.IsNullOrWhiteSpace(zh[key]) || string.IsNullOrWhiteSpace(en[key]))
                {
                    problems.Add($"'{key}' is empty in {Path.GetFileName(chinese)} or its English file");
                }
                else if (!Placeholders(zh[key]).SetEquals(Placeholders(en[key])))
                {
                    problems.Add($"'{key}' has placeholders {string.Join(",", Placeholders(zh[key]))} in Chinese but {string.Join(",", Placeholders(en[key]))} in English");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Triggers_EveryTriggerOfTheDefinition_HasALabel()
    {
        var root = Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!;
        var labels = Read(Path.Combine(root, "Host", "Workbench", "Text", "TriggerText.resx"));
        var triggers = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CaseFlowFactory.DefinitionPath()))!["workflows"]!.AsArray()
            .SelectMany(w => w!["transitions"]!.AsArray().Select(t => (string)t!["trigger"]!)).Distinct();

        Assert.That(triggers.Where(t => !labels.ContainsKey(t)), Is.Empty, "triggers the workbench would show by their ids");
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
