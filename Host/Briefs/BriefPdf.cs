using System.Diagnostics;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Prints a brief's HTML to PDF with headless Chromium (CaseFlow:Briefs:Chromium, else /usr/bin/chromium when it exists): the page
/// is written into a fresh temporary folder of its own with a throw-away browser profile, printed offline (every host name resolves
/// to nothing, no proxy reachable, no extensions, no first-run), stopped with its whole process tree when it takes longer than
/// CaseFlow:Briefs:PdfTimeout, and the folder removed afterwards. At most two prints run at once per instance.
/// </summary>
public sealed class BriefPdf(IOptions<BriefOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _prints = new(2, 2);

    /// <summary>What the service says when it cannot make PDFs.</summary>
    public const string HowToEnable =
        "this service cannot make PDFs: it prints them with headless Chromium, and none was found at CaseFlow:Briefs:Chromium (by default /usr/bin/chromium); "
        + "install it (apt-get install chromium fonts-wqy-microhei) or set CaseFlow:Briefs:Chromium to a Chromium or Chrome executable. "
        + "The HTML format prints the same document from a browser (A4 portrait).";

    /// <inheritdoc />
    public void Dispose() => _prints.Dispose();

    /// <summary>True when a Chromium is configured or found.</summary>
    public bool Available => options.Value.ChromiumPath is not null;

    /// <summary>The PDF, or why it could not be made (null bytes and a reason).</summary>
    public async Task<(byte[]? Pdf, string? Problem)> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (options.Value.ChromiumPath is not { } chromium)
        {
            return (null, HowToEnable);
        }

        await _prints.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("caseflow-brief-");
        try
        {
            var page = Path.Combine(folder.FullName, "brief.html");
            var pdf = Path.Combine(folder.FullName, "brief.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            using var process = Start(chromium, folder.FullName, page, pdf);
            if (process is null)
            {
                return (null, $"Chromium at {chromium} could not be started; {HowToEnable}");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.PdfTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                return (null, $"Chromium took longer than CaseFlow:Briefs:PdfTimeout ({options.Value.PdfTimeout}) to print the brief; try again, or raise the setting");
            }

            return File.Exists(pdf) && new FileInfo(pdf).Length > 0
                ? (await File.ReadAllBytesAsync(pdf, cancellationToken), null)
                : (null, $"Chromium at {chromium} exited with code {process.ExitCode} without printing the brief; check that it runs headless on this machine");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"Chromium at {chromium} could not be started ({e.Message}); {HowToEnable}");
        }
        finally
        {
            _prints.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the system's temporary-file cleaning.
            }
        }
    }

    private static Process? Start(string chromium, string folder, string page, string pdf)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--disable-sync", "--no-first-run",
                     "--no-default-browser-check", "--disable-background-networking", "--disable-component-update", "--mute-audio",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                     $"--user-data-dir={Path.Combine(folder, "profile")}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                     $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start);
        if (process is not null)
        {
            // Drain its output so a chatty browser never blocks on a full pipe.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }
}
