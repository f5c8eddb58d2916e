using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Admin;

namespace CaseFlow.Host.Tests.Cli;

/// <summary>
/// The service finds its settings and its definition the same way whatever folder it is started from: appsettings.json beside the
/// program, and — run from a build in the repository, as the README runs it — the repository's workflows.json, which it watches.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_the_service_is_started_from_another_folder
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private string _folder = "";

    [SetUp]
    public void MakeAFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "caseflow-elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveTheFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Should_read_the_appsettings_beside_the_program()
    {
        // What the appsettings.json in the repository says, read here from the file, not from the program.
        var urls = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ProgramProcess.RepositoryRoot, "Host", "appsettings.json")))!["Urls"]!.GetValue<string>();
        await using var service = Running.Start(Path.Combine(ProgramProcess.ProgramFolder, "CaseFlow.Host.dll"), _folder, $"--CaseFlow:Database={Path.Combine(_folder, "a.db")}");

        var listening = await service.WaitForAsync("Now listening on:", Bound);

        Assert.That(listening, Does.Contain(urls));
    }

    [Test]
    public async Task Should_log_json_lines_when_asked()
    {
        await using var service = Running.Start(
            Path.Combine(ProgramProcess.ProgramFolder, "CaseFlow.Host.dll"), _folder, $"--urls=http://127.0.0.1:{FreePort()}",
            $"--CaseFlow:Database={Path.Combine(_folder, "c.db")}", "--Logging:Console:FormatterName=json");

        var line = await service.WaitForAsync("Now listening on:", Bound);

        var entry = JsonNode.Parse(line)!;
        Assert.Multiple(() =>
        {
            Assert.That(entry["Category"]!.GetValue<string>(), Is.EqualTo("Microsoft.Hosting.Lifetime"));
            Assert.That(entry["LogLevel"]!.GetValue<string>(), Is.EqualTo("Information"));
            Assert.That(entry["Message"]!.GetValue<string>(), Does.StartWith("Now listening on: http://127.0.0.1:"));
        });
    }

    [Test]
    public async Task Should_watch_the_repository_definition_when_run_from_a_build()
    {
        // A repository in miniature: its workflows.json at the root, the program where `dotnet run --project Host` builds it, and the
        // service started in Host/, the folder `dotnet run` starts it in.
        var repository = Path.Combine(_folder, "repository");
        var build = Path.Combine(repository, "Host", "bin", "Release", "net10.0");
        Copy(ProgramProcess.ProgramFolder, build);
        var definition = Path.Combine(repository, "workflows.json");
        await File.WriteAllTextAsync(definition, DefinitionEdits.Real);
        await using var service = Running.Start(
            Path.Combine(build, "CaseFlow.Host.dll"), Path.Combine(repository, "Host"), $"--urls=http://127.0.0.1:{FreePort()}", $"--CaseFlow:Database={Path.Combine(_folder, "b.db")}");

        var first = await service.WaitForAsync("published as version 1", Bound);
        var edited = definition + ".saving";
        await File.WriteAllTextAsync(edited, DefinitionEdits.WithDeadline("petition", 40));
        File.Move(edited, definition, overwrite: true);
        var second = await service.WaitForAsync("changed and was published as version 2", Bound);

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain($"Definition {definition} "));
            Assert.That(second, Does.Contain($"Definition {definition} "));
            Assert.That(File.Exists(Path.Combine(build, "workflows.json")), Is.False, "a build carries no copy of its own");
        });
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The service as a process, its output kept line by line to be waited on.</summary>
    private sealed class Running : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly Lock _gate = new();

        private Running(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public static Running Start(string program, string folder, params string[] args) => new(ProgramProcess.Start(program, folder, args));

        /// <summary>The line that holds <paramref name="text"/> and the one after it (the console logger writes a message under its category).</summary>
        public async Task<string> WaitForAsync(string text, TimeSpan bound)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < bound)
            {
                lock (_gate)
                {
                    var all = _output.ToString();
                    var at = all.IndexOf(text, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var start = all.LastIndexOf('\n', at) + 1;
                        var end = all.IndexOf('\n', at);
                        return all[start..(end < 0 ? all.Length : end)];
                    }
                }

                if (_process.HasExited)
                {
                    break;
                }

                await Task.Delay(100);
            }

            lock (_gate)
            {
                Assert.Fail($"the service did not say '{text}' within {bound.TotalSeconds} s; it said:\n{_output}");
            }

            return "";
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                lock (_gate)
                {
                    _output.Append(line).Append('\n');
                }
            }
        }
    }
}
