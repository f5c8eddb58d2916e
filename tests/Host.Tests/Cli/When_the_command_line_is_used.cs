namespace CaseFlow.Host.Tests.Cli;

/// <summary>
/// The program's command line as a newcomer meets it: <c>--help</c> lists every verb, every verb's <c>--help</c> describes it and
/// does nothing else (no file, no database, no service), and a wrong command line exits 2 with the usage on standard error.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_the_command_line_is_used
{
    /// <summary>The verbs the docs (docs/operators.md, The command line) document, written here independently of the program.</summary>
    private static readonly string[] Verbs =
        ["serve", "demo", "replay", "verify", "export", "assessment", "brief", "validate", "permissions", "publish", "publish-calendar", "erase", "keys", "user", "asyncapi"];

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private string _folder = "";

    [SetUp]
    public void MakeAnEmptyFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "caseflow-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveTheFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Should_list_every_verb_with_a_line_each()
    {
        var (exit, output, error) = await ProgramProcess.RunAsync(_folder, Bound, "--help");

        var listed = CommandsIn(output);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(error, Is.Empty);
            Assert.That(listed.Select(c => c.Name), Is.SupersetOf(Verbs));
            Assert.That(listed.Where(c => c.Description.Length < 20).Select(c => c.Name), Is.Empty, "every verb says what it does");
            Assert.That(output, Does.Contain("Exit codes").And.Contain("--CaseFlow:Database"));
        });
    }

    [Test]
    public async Task Should_describe_every_verb_on_help_and_do_nothing_else()
    {
        var before = Directory.GetFiles(ProgramProcess.ProgramFolder, "*", SearchOption.AllDirectories).Order().ToList();
        var paths = new List<string[]>();
        var problems = new List<string>();
        await CollectAsync([], paths, problems);

        var after = Directory.GetFiles(ProgramProcess.ProgramFolder, "*", SearchOption.AllDirectories).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(paths.Select(p => p[0]).Distinct(), Is.SupersetOf(Verbs), "the help was walked to every verb");
            Assert.That(paths.Select(p => string.Join(' ', p)), Is.SupersetOf(new[] { "keys rotate", "user add", "brief weekly", "assessment indicators" }), "and to the verbs' own verbs");
            Assert.That(problems, Is.Empty);
            Assert.That(after, Is.EqualTo(before), "nothing was written beside the program");
        });
    }

    [TestCase(new[] { "frobnicate" }, "'frobnicate'")]
    [TestCase(new[] { "replay", "not-a-case" }, "'not-a-case' is not a case id")]
    [TestCase(new[] { "export" }, "--case CASE-ID or both --from INSTANT and --to INSTANT")]
    [TestCase(new[] { "export", "--case", "0f8fad5b-d9cb-469f-a165-70867728950e", "--format", "xml" }, "'xml'")]
    [TestCase(new[] { "brief", "weekly" }, "'--platform' is required")]
    [TestCase(new[] { "verify", "--fast" }, "'--fast'")]
    [TestCase(new[] { "verify", "--CaseFlow:Database" }, "--CaseFlow:Database needs a value")]
    public async Task Should_exit_2_saying_what_is_wrong_with_the_usage_on_standard_error(string[] args, string problem)
    {
        var (exit, output, error) = await ProgramProcess.RunAsync(_folder, Bound, args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain(problem).And.Contain("Usage:"));
            Assert.That(Directory.EnumerateFileSystemEntries(_folder), Is.Empty, "a wrong command line touches nothing");
        });
    }

    [Test]
    public async Task Should_take_settings_and_relative_paths_from_the_folder_it_was_typed_in()
    {
        File.Copy(CaseFlowFactory.DefinitionPath(), Path.Combine(_folder, "mine.json"));

        var (exit, output, _) = await ProgramProcess.RunAsync(_folder, Bound, "validate", "--CaseFlow:Definition", "mine.json");
        var (permissionsExit, table, _) = await ProgramProcess.RunAsync(_folder, Bound, "permissions", "mine.json");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.StartWith(Path.Combine(_folder, "mine.json") + ": valid"));
            Assert.That(permissionsExit, Is.Zero);
            Assert.That(table, Does.Contain("| "));
        });
    }

    /// <summary>
    /// Asks for the help of <paramref name="path"/> (the root's first) and of every command path it lists, as a newcomer would, each
    /// time checking that the help was all that happened: exit 0, the usage on standard output, nothing on standard error, no file made.
    /// </summary>
    private async Task CollectAsync(string[] path, List<string[]> paths, List<string> problems)
    {
        var (exit, output, error) = await ProgramProcess.RunAsync(_folder, Bound, [.. path, "--help"]);
        var said = string.Join(' ', [.. path, "--help"]);
        if (exit != 0 || !output.Contains("Usage:", StringComparison.Ordinal) || error.Length > 0)
        {
            problems.Add($"'{said}' exited {exit}, printed {output.Length} characters, said on standard error: {error}");
        }

        if (Directory.EnumerateFileSystemEntries(_folder).FirstOrDefault() is { } made)
        {
            problems.Add($"'{said}' made {made}");
            Directory.Delete(_folder, recursive: true);
            Directory.CreateDirectory(_folder);
        }

        foreach (var (name, _) in CommandsIn(output))
        {
            string[] next = [.. path, name];
            paths.Add(next);
            await CollectAsync(next, paths, problems);
        }
    }

    /// <summary>The "Commands:" section of a help text: each command's name and its description.</summary>
    private static List<(string Name, string Description)> CommandsIn(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        return lines
            .SkipWhile(l => l.Trim() != "Commands:")
            .Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Select(l => (Name: l.Split(' ')[0], Description: l.Contains("  ", StringComparison.Ordinal) ? l[l.IndexOf("  ", StringComparison.Ordinal)..].Trim() : ""))
            .ToList();
    }
}
