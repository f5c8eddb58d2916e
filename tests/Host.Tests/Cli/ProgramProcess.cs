using System.Diagnostics;
using System.Reflection;

namespace CaseFlow.Host.Tests.Cli;

/// <summary>The built program (<c>dotnet Host/bin/{configuration}/net10.0/CaseFlow.Host.dll</c>) run as a user runs it, from a folder of the test's choosing.</summary>
internal static class ProgramProcess
{
    /// <summary>The folder the build put the program in.</summary>
    public static string ProgramFolder
    {
        get
        {
            var configuration = typeof(ProgramProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Name;
            var folder = Path.Combine(RepositoryRoot, "Host", "bin", configuration, framework);
            Assert.That(File.Exists(Path.Combine(folder, "CaseFlow.Host.dll")), Is.True, $"the program is not built in {folder}; run ./test.sh, which builds the solution first");
            return folder;
        }
    }

    public static string RepositoryRoot => Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!;

    /// <summary>Starts the program in <paramref name="workingDirectory"/> with HOME there too, so nothing it might write lands elsewhere.</summary>
    public static Process Start(string program, string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = workingDirectory;
        start.Environment["PWD"] = workingDirectory;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("Urls");
        return Process.Start(start)!;
    }

    /// <summary>Runs the program to its end (failing the test if it is still running after <paramref name="bound"/>).</summary>
    public static Task<(int Exit, string Output, string Error)> RunAsync(string workingDirectory, TimeSpan bound, params string[] args) =>
        RunProgramAsync(Path.Combine(ProgramFolder, "CaseFlow.Host.dll"), workingDirectory, bound, args);

    /// <summary>Runs <paramref name="program"/> to its end (failing the test if it is still running after <paramref name="bound"/>).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunProgramAsync(string program, string workingDirectory, TimeSpan bound, params string[] args)
    {
        using var process = Start(program, workingDirectory, args);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', args)}' was still running after {bound.TotalSeconds} s (did it start the service?)");
        }

        return (process.ExitCode, await output, await error);
    }
}
