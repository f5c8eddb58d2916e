using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// The real service as a separate OS process (<c>dotnet Host/bin/{configuration}/net10.0/CaseFlow.Host.dll</c>), so that it can be
/// killed the way a machine loses it (SIGKILL, no shutdown code runs) and started again with the same settings. Its output goes to
/// a log file, every start appended, whose tail a failing test prints.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Lock _logLock = new();
    private StreamWriter? _log;
    private Process? _process;

    public HostProcess(string name, IReadOnlyDictionary<string, string> settings, string logPath)
    {
        Name = name;
        _settings = settings;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    /// <summary>How many times the process was started.</summary>
    public int Starts { get; private set; }

    /// <summary>The process's own HTTP address (a fresh free port each start).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The exit code of the last graceful stop (null when it had to be killed, or never stopped).</summary>
    public int? ExitCode { get; private set; }

    /// <summary>Starts the service and waits until it answers HTTP (its bus and receive endpoints are up by then).</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running");
        }

        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath())!,
        };
        start.ArgumentList.Add(AssemblyPath());
        start.Environment["Urls"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        lock (_logLock)
        {
            _log ??= new StreamWriter(LogPath, append: true) { AutoFlush = true };
            _log.WriteLine($"===== {Name}: start {Starts + 1} at {DateTimeOffset.UtcNow:O} on {BaseAddress}");
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Starts++;
        await WaitUntilReadyAsync(_process);
    }

    /// <summary>kill -9: the process and its children end at once, in the middle of whatever they were doing.</summary>
    public void KillHard()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        Note($"killed (SIGKILL) at {DateTimeOffset.UtcNow:O}");
    }

    /// <summary>A graceful stop (SIGTERM, as a service manager sends); killed after the timeout if it has not exited.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", $"-TERM {_process.Id}") { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            ExitCode = _process.ExitCode;
            Note($"stopped (SIGTERM) at {DateTimeOffset.UtcNow:O}, exit code {_process.ExitCode}");
        }
        catch (OperationCanceledException)
        {
            ExitCode = null;
            KillHard();
        }
    }

    /// <summary>The last lines of the log, for a failure message.</summary>
    public string Tail(int lines = 40)
    {
        lock (_logLock)
        {
            _log?.Flush();
        }

        if (!File.Exists(LogPath))
        {
            return $"({Name} wrote no log)";
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return $"--- {Name} ({LogPath}), last {lines} lines ---{Environment.NewLine}" + string.Join(Environment.NewLine, all.TakeLast(lines));
    }

    public void Dispose()
    {
        KillHard();
        _process?.Dispose();
        lock (_logLock)
        {
            _log?.Dispose();
            _log = null;
        }
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyTimeout)
        {
            if (process.HasExited)
            {
                Assert.Fail($"{Name} exited ({process.ExitCode}) before it was ready{Environment.NewLine}{Tail()}");
            }

            try
            {
                // Any answer will do (401: the request had no token): the service listens only once its bus is up.
                using var response = await http.GetAsync("workflows");
                if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    Note($"ready after {clock.Elapsed.TotalSeconds:F1} s");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{Name} did not answer GET /workflows within {ReadyTimeout.TotalSeconds:0} s{Environment.NewLine}{Tail()}");
    }

    private void Note(string line) => Keep($"===== {Name}: {line}");

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log?.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Host/bin/{configuration}/net10.0/CaseFlow.Host.dll under the repository root (test.sh builds the solution first).</summary>
    private static string AssemblyPath()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Name;
        var root = Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!;
        var path = Path.Combine(root, "Host", "bin", configuration, framework, "CaseFlow.Host.dll");
        if (!File.Exists(path))
        {
            Assert.Fail($"the service is not built at {path}; build the solution (dotnet build CaseFlow.sln -c {configuration}) first");
        }

        return path;
    }
}
