using System.Diagnostics;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// The AsyncAPI project's validator as ./test.sh installs it (scripts/ensure-asyncapi-validator.sh): tests/asyncapi-validator/validate.cjs,
/// which validates as <c>asyncapi validate</c> does, with the same <c>@asyncapi/parser</c>; run without a terminal and within a time limit.
/// </summary>
public static class AsyncApiValidator
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string Folder => Path.Combine(Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!, "tests", "asyncapi-validator");

    /// <summary>Validates a file; the validator's exit code (0 valid, 1 invalid, 2 unreadable) and everything it printed.</summary>
    public static (int ExitCode, string Output) Validate(string path)
    {
        var parser = Path.Combine(Folder, "node_modules", "@asyncapi", "parser", "package.json");
        if (!File.Exists(parser))
        {
            Assert.Fail($"the AsyncAPI validator is not installed ({parser} is missing): run ./test.sh, which installs it through "
                + "scripts/ensure-asyncapi-validator.sh, or `cd tests/asyncapi-validator && npm ci` (needs node 20+ and npm)");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("validate.cjs");
        start.ArgumentList.Add(path);
        start.Environment["NO_COLOR"] = "1";

        using var process = StartNode(start);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"validating {path} did not finish within {Limit.TotalMinutes} minutes; it printed: {output.Result}{errors.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AssertionException($"node could not be started ({e.Message}): the AsyncAPI validator needs Node.js 20 or later on PATH");
        }
    }
}
