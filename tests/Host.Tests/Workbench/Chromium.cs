using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench;

/// <summary>
/// One real Chromium for every workbench test: Debian's package at /usr/bin/chromium (test.sh installs it), driven by Playwright.
/// Playwright's own browser download cannot run here, so the system browser is launched by path; a missing browser fails every
/// workbench test loudly, saying how to install it.
/// </summary>
[SetUpFixture]
public sealed class Chromium
{
    /// <summary>Where Debian installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started: the workbench tests' set-up failed (see its message)");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException($"the workbench's browser tests need Chromium at {ExecutablePath}: install it with 'apt-get install -y chromium' (./test.sh does)");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
