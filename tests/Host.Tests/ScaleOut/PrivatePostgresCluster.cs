using System.Diagnostics;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb into a temporary folder, on 127.0.0.1, through scripts/ensure-postgres.sh as
/// test.sh does), for a fault that takes the whole server down: restarting the server every other test shares would cut their
/// connections too. Stopped and removed on dispose.
/// </summary>
internal sealed class PrivatePostgresCluster : IAsyncDisposable
{
    private readonly string _script;

    private PrivatePostgresCluster(string script, string connectionString, string control, string folder)
    {
        _script = script;
        ConnectionString = connectionString;
        Control = control;
        Folder = folder;
    }

    /// <summary>The server's connection string (database postgres).</summary>
    public string ConnectionString { get; }

    /// <summary>The pg_ctl command for the cluster, without the action.</summary>
    public string Control { get; }

    private string Folder { get; }

    public static PrivatePostgresCluster Start()
    {
        var script = Path.Combine(Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!, "scripts", "ensure-postgres.sh");
        var lines = Run($"log() {{ echo \"$*\" >&2; }}; unset CASEFLOW_TEST_POSTGRES; . '{script}' && ensure_postgres && printf '%s\\n%s\\n%s\\n' \"$CASEFLOW_TEST_POSTGRES\" \"$CASEFLOW_TEST_POSTGRES_CTL\" \"$CASEFLOW_PG_DIR\"")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != 3)
        {
            throw new AssertionException($"scripts/ensure-postgres.sh did not report a cluster: {string.Join(" | ", lines)}");
        }

        return new PrivatePostgresCluster(script, lines[0], lines[1], lines[2]);
    }

    /// <summary>pg_ctl restart -m fast: every connection is cut, the server comes back with every committed row.</summary>
    public void Restart() => Run($"{Control} restart -m fast >/dev/null");

    /// <summary>pg_ctl stop -m fast: every connection is cut and the server refuses new ones until <see cref="StartAgain"/>.</summary>
    public void Stop() => Run($"{Control} stop -m fast >/dev/null");

    /// <summary>pg_ctl start, after <see cref="Stop"/>, with the options the server last ran with: waits until it accepts connections.</summary>
    public void StartAgain()
    {
        // Only restart reuses the last run's options (port, socket folder); start is given them again from what the server recorded.
        var recorded = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Folder, "data", "postmaster.opts")), "\"([^\"]*)\"")
            .Select(m => m.Groups[1].Value).ToList();
        var options = recorded.Where((word, i) => word != "-D" && (i == 0 || recorded[i - 1] != "-D"));
        Run($"{Control} -o '{string.Join(' ', options)}' start >/dev/null");
    }

    public ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        Run($"log() {{ echo \"$*\" >&2; }}; . '{_script}'; CASEFLOW_PG_DIR='{Folder}'; stop_postgres");
        return ValueTask.CompletedTask;
    }

    private static string Run(string command)
    {
        var start = new ProcessStartInfo("/bin/bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new AssertionException($"`{command}` failed ({process.ExitCode}): {error.Result.Trim()}");
        }

        return output;
    }
}
