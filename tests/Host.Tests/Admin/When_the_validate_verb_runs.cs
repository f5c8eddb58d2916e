namespace CaseFlow.Host.Tests.Admin;

/// <summary>The validate verb for editors and pipelines: exit 0 valid, 1 invalid with every error and its path, 2 unreadable.</summary>
[TestFixture]
public sealed class When_the_validate_verb_runs
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"caseflow-validate-{Guid.NewGuid():N}");

    [OneTimeSetUp]
    public void Create() => Directory.CreateDirectory(_folder);

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Should_exit_0_and_say_so_for_a_valid_file()
    {
        var (exit, output, error) = Run(CaseFlowFactory.DefinitionPath());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.StartWith($"{CaseFlowFactory.DefinitionPath()}: valid").And.Contain("'wuxi-township'").And.Contain("30 categories"));
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public void Should_exit_1_and_print_every_error_with_its_path_for_an_invalid_file()
    {
        var path = Write("broken.json", DefinitionEdits.WithUnknownLeadOffice("petition", DefinitionEdits.WithUnknownLeadOffice("sanitation")));

        var (exit, output, _) = Run(path);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(lines[0], Is.EqualTo($"{path}: 2 error(s)"));
            Assert.That(lines.Skip(1).ToArray(), Has.Length.EqualTo(2).And.All.Match(@"^  \$\.categories\[\d+\]\.leadOffice: unknown office 'no-such-office'"));
        });
    }

    [Test]
    public void Should_exit_1_with_the_line_of_a_file_that_is_not_json()
    {
        var (exit, output, _) = Run(Write("half.json", "{\n  \"id\": \"wuxi-township\",\n  \"name\": "));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("$ (line 3").And.Contain("not valid JSON"));
    }

    [Test]
    public void Should_exit_2_when_the_file_cannot_be_read()
    {
        var missing = Path.Combine(_folder, "missing.json");

        var (exit, output, error) = Run(missing);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith($"validate: cannot read {missing}"));
        });
    }

    [Test]
    public void Should_be_reachable_as_a_verb_of_the_program()
    {
        var path = Write("verb.json", DefinitionEdits.WithUnknownLeadOffice("petition"));
        var main = typeof(Program).Assembly.EntryPoint!;

        var exit = (int)main.Invoke(null, [new[] { "validate", path }])!;

        Assert.That(exit, Is.EqualTo(1));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["validate", .. args], TextReader.Null, output, error).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
