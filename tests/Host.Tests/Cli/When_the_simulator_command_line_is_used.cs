using CaseFlow.Host.Tests.County;

namespace CaseFlow.Host.Tests.Cli;

/// <summary>The county simulator's options, parsed the same way as the service's verbs: help without side effects, exit 2 on a wrong value.</summary>
[TestFixture]
public sealed class When_the_simulator_command_line_is_used
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Should_describe_every_option_with_its_environment_variable()
    {
        var (exit, output, error) = await ProgramProcess.RunProgramAsync(SimulatorProcess.AssemblyPath(), Path.GetTempPath(), Bound, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(error, Is.Empty);
            foreach (var option in new[] { "host", "port", "vhost", "user", "password", "queue", "delay-ms", "send-back-rate", "progress-rate", "urge-rate", "working-days", "seed", "hand-down" })
            {
                Assert.That(output, Does.Contain($"--{option} <").And.Contain($"COUNTY12345_{option.Replace('-', '_').ToUpperInvariant()}"), option);
            }
        });
    }

    [TestCase(new[] { "--password", "x", "--port", "99999" }, "--port '99999' is not a whole number from 1 to 65535")]
    [TestCase(new[] { "--password", "x", "--send-back-rate", "1.5" }, "--send-back-rate '1.5' is not a rate from 0 to 1")]
    [TestCase(new[] { "--password", "x", "--colour" }, "'--colour'")]
    [TestCase(new[] { "--user", "county-b" }, "--password (or COUNTY12345_PASSWORD) is required: the password of the broker user 'county-b'")]
    public async Task Should_exit_2_saying_what_would_be_right(string[] args, string problem)
    {
        var (exit, output, error) = await ProgramProcess.RunProgramAsync(SimulatorProcess.AssemblyPath(), Path.GetTempPath(), Bound, args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain(problem).And.Contain("Usage:"));
        });
    }
}
