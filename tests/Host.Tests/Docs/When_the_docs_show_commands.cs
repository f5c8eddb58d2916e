using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Tests.County;

namespace CaseFlow.Host.Tests.Docs;

/// <summary>
/// The docs' own check: every command a page shows is one the program takes. Each <c>dotnet run --project Host -- …</c> is parsed by
/// the program's command line (its verb, options and values); each county simulator command is run up to its option checks; each
/// <c>curl</c> names a method and path the OpenAPI document describes.
/// </summary>
[TestFixture]
public sealed partial class When_the_docs_show_commands
{
    [Test]
    public void Should_show_only_verbs_and_options_the_program_takes()
    {
        var commands = DocumentedCommands.After("dotnet run --project Host --").ToList();
        var root = CaseFlowCommandLine.Root(new VerbContext([], TextReader.Null, TextWriter.Null, TextWriter.Null));

        var wrong = new List<string>();
        foreach (var (where, text, args) in commands)
        {
            var (_, rest, problem) = CommandLineSettings.Split(args);
            var parsed = root.Parse(rest);
            if (problem is not null || parsed.Errors.Count > 0)
            {
                wrong.Add($"{where}: `{text}`: {problem ?? string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(commands, Has.Count.GreaterThan(20), "the docs were read");
            Assert.That(wrong, Is.Empty);
        });
    }

    [Test]
    public async Task Should_show_only_simulator_options_it_takes()
    {
        var commands = DocumentedCommands.After("dotnet run --project Simulator").ToList();

        var wrong = new List<string>();
        foreach (var (where, text, args) in commands)
        {
            // Run with no password: the simulator checks every option and stops at the missing password before connecting.
            string[] given = args is ["--", .. var after] ? after : args;
            var (exit, _, error) = await Cli.ProgramProcess.RunProgramAsync(SimulatorProcess.AssemblyPath(), Path.GetTempPath(), TimeSpan.FromSeconds(60), given);
            var problems = error.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("county12345 simulator:", StringComparison.Ordinal) && !l.Contains("--password", StringComparison.Ordinal)).ToList();
            if (given.Contains("--help") ? exit != 0 : problems.Count > 0)
            {
                wrong.Add($"{where}: `{text}`: {string.Join("; ", problems)}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(commands, Is.Not.Empty, "the docs were read");
            Assert.That(wrong, Is.Empty);
        });
    }

    [Test]
    public void Should_call_only_routes_the_api_describes()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Cli.ProgramProcess.RepositoryRoot, "docs", "openapi.json")))!;
        var routes = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Method: o.Key.ToUpperInvariant(), Path: new Regex("^" + Parameter().Replace(Regex.Escape(p.Key).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "$"))))
            .ToList();
        var calls = DocumentedCommands.After("curl ").ToList();

        var wrong = new List<string>();
        foreach (var (where, text, args) in calls)
        {
            var url = args.FirstOrDefault(a => a.Contains("localhost:5080/", StringComparison.Ordinal) || a.Contains("127.0.0.1:5080/", StringComparison.Ordinal));
            if (url is null)
            {
                continue;
            }

            var path = "/" + url[(url.IndexOf(":5080/", StringComparison.Ordinal) + 6)..].Split('?')[0];
            var method = args.SkipWhile(a => a != "-X").Skip(1).FirstOrDefault() ?? (args.Any(a => a is "-d" or "--data" or "--data-binary") ? "POST" : "GET");
            if (!routes.Any(r => r.Method == method && r.Path.IsMatch(path)))
            {
                wrong.Add($"{where}: {method} {path} is not in docs/openapi.json");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(calls, Has.Count.GreaterThan(5), "the docs were read");
            Assert.That(wrong, Is.Empty);
        });
    }

    /// <summary>A path template's parameter, <c>{id}</c> or <c>{version:int}</c>, after escaping.</summary>
    [GeneratedRegex("\\{[^}/]+\\}")]
    private static partial Regex Parameter();
}
