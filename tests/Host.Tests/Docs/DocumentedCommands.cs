using System.Text;
using System.Text.RegularExpressions;

namespace CaseFlow.Host.Tests.Docs;

/// <summary>
/// The commands the Markdown documents show in their code blocks and inline code: each one found with the file and line it is on,
/// its continuation lines joined, cut where the shell would end it (a comment, a pipe, <c>;</c>, <c>&amp;&amp;</c>, a redirection).
/// </summary>
internal static partial class DocumentedCommands
{
    /// <summary>Every Markdown file a reader is sent to: the README and everything under docs/.</summary>
    public static IReadOnlyList<string> Files()
    {
        var root = Cli.ProgramProcess.RepositoryRoot;
        var docs = Path.Combine(root, "docs");
        var pages = Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        return [Path.Combine(root, "README.md"), .. pages];
    }

    /// <summary>The arguments after <paramref name="prefix"/> (e.g. <c>dotnet run --project Host --</c>) on every line that shows it.</summary>
    public static IEnumerable<(string Where, string Text, string[] Args)> After(string prefix)
    {
        foreach (var file in Files())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf(prefix, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var text = new StringBuilder(lines[i][(at + prefix.Length)..]);
                for (var j = i; text.ToString().TrimEnd().EndsWith('\\') && j + 1 < lines.Length; j++)
                {
                    var joined = text.ToString().TrimEnd();
                    text.Clear().Append(joined[..^1]).Append(' ').Append(lines[j + 1].Trim());
                }

                var inline = lines[i][..at].Count(c => c == '`') % 2 == 1;
                var command = inline ? text.ToString().Split('`')[0] : text.ToString();
                yield return ($"{Path.GetRelativePath(Cli.ProgramProcess.RepositoryRoot, file)}:{i + 1}", command.Trim(), Words(command));
            }
        }
    }

    /// <summary>
    /// A command's words as the shell splits them, up to where it ends; optional parts written <c>[…]</c> (usage syntax) dropped,
    /// <c>CASE-ID</c> and shell variables given a sample value.
    /// </summary>
    public static string[] Words(string command)
    {
        command = Optional().Replace(command, "");
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
                continue;
            }

            if (c is '#' or '|' or ';' or '>' || (c == '&' && i + 1 < command.Length && command[i + 1] == '&'))
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            word.Append(c);
            inWord = true;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return [.. words.Select(Sample)];
    }

    private static string Sample(string word) => word switch
    {
        "CASE-ID" => "0f8fad5b-d9cb-469f-a165-70867728950e",
        _ when word.StartsWith('$') => "sample",
        _ => word.Replace("$1", "sample", StringComparison.Ordinal).Replace("$2", "office:sample", StringComparison.Ordinal),
    };

    /// <summary>An optional part of a usage line, <c>[--format json]</c> or <c>[--role administrator|auditor]</c>.</summary>
    [GeneratedRegex("\\[[^\\]]*\\]")]
    private static partial Regex Optional();
}
