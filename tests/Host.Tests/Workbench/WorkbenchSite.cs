using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using CaseFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 (a port of its own) on its own SQLite file, for a browser to use as a person would:
/// accounts are made through the service's account code, people sign in on the sign-in page, and every page a test opens is
/// watched for console errors and can be scanned for accessibility (axe) and photographed.
/// </summary>
public sealed class WorkbenchSite : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    public WorkbenchSite(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        Factory = new CaseFlowFactory(CaseFlowFactory.NewDatabasePath(), settings, time);
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().TrimEnd('/');
    }

    /// <summary>The service, for what a test arranges beside the browser (accounts, API calls, the clock).</summary>
    public CaseFlowFactory Factory { get; }

    /// <summary>Where the service listens, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; }

    private readonly Dictionary<IPage, List<string>> _consoleErrors = [];

    /// <summary>Creates the account (through the service's account code) when missing.</summary>
    public Task AccountAsync(string userName, IReadOnlyList<string> positions, IReadOnlyList<string>? roles = null) =>
        Factory.SignIn.EnsureAccountAsync(userName, positions, roles ?? []);

    /// <summary>A fresh browser session (its own cookies), in Chinese unless told otherwise, watched for console errors.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var errors = _consoleErrors[page] = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        return page;
    }

    /// <summary>A fresh session signed in on the sign-in page as the account (made when missing, holding these positions and roles).</summary>
    public async Task<IPage> SignedInAsync(string userName, IReadOnlyList<string> positions, IReadOnlyList<string>? roles = null)
    {
        await AccountAsync(userName, positions, roles);
        var page = await NewPageAsync();
        await SignInAsync(page, userName);
        return page;
    }

    /// <summary>Signs in on the sign-in page, as a person types it.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/workbench/sign-in");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(TestSignIn.PasswordOf(userName));
        // The answer to the form is awaited itself, so that a refusal fails here saying so rather than as a timeout further on.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/workbench/sign-in", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        Assert.That(answer.Status, Is.EqualTo(302), $"signing in as {userName} was answered {answer.Status}, not with the redirect to the workbench");
        // The URL is polled by an assertion and then the page's heading is awaited. Not WaitForURLAsync: when the redirect has
        // already landed by the time it is called, it waits for a load state instead (with WaitUntil = Commit, one that never
        // comes again), which timed out on a loaded page in CI; an assertion's polling reads only the URL.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/sign-in"), new() { Timeout = 60_000 });
        await page.Locator("h1").First.WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>Fails when axe finds a serious or critical accessibility violation on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.That(
            serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"),
            Is.Empty,
            $"accessibility violations on {page.Url}");
    }

    /// <summary>
    /// Fails when the page logged a console error (a script error, a resource refused, a status 4xx/5xx answered to the page or to
    /// anything it loaded) on any of the pages it has shown since it was made.
    /// </summary>
    public void AssertNoConsoleErrors(IPage page) => Assert.That(_consoleErrors[page], Is.Empty, "console errors on the workbench's pages");

    /// <summary>Saves a full-page screenshot under the test's output folder (screenshots/NAME.png) and attaches it to the test.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await Factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(Factory.Database);
    }
}
