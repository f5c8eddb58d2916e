using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Reporting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace CaseFlow.Host.Workbench;

/// <summary>
/// Wires the workbench (工作台): the web console, server-rendered with Razor Pages under <see cref="WorkbenchCookie.Path"/>, in
/// Chinese first and English on request, signed in with the service's own accounts (the workbench's cookie); and the reporter's page,
/// rendered the same way at the reporter's link (<see cref="ReporterPage"/>).
/// </summary>
public static class WorkbenchExtensions
{
    /// <summary>The languages offered, Chinese first: the first is used until the person chooses another.</summary>
    public static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Adds the pages, their texts, the request's language and the choice between the reporter's page and its JSON view.</summary>
    public static IServiceCollection AddCaseFlowWorkbench(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddScoped<WorkbenchContext>();

        // Pages are written in Chinese: keep its characters as they are in the HTML (still encoding markup's own characters), so the
        // source a person saves or a screen reader fetches reads as text rather than as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Workbench";
            o.Conventions.Add(new UnderWorkbenchPath());

            // The reporter's page reads (GET, as the API route does) and takes its forms (POST): any other method is the API's 405.
            o.Conventions.AddFolderApplicationModelConvention(ReporterPage.Folder.TrimEnd('/'), page => page.EndpointMetadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Post])));
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, BrowserMatcherPolicy>());
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages[0]);
            o.SupportedCultures = Languages;
            o.SupportedUICultures = Languages;

            // Only the person's own choice (the switch on every page) changes the language: not the browser's Accept-Language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Serves the workbench's styles and scripts (to anyone: they hold nothing private) and sets each workbench request's language and
    /// security headers, and the reporter's page's. Call before <c>MapCaseFlowAuth</c>, so that assets need no sign-in.
    /// </summary>
    public static WebApplication UseCaseFlowWorkbench(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(ReporterPage.Serves, reporter => reporter.Use(ReporterPage.AddAsync));
        app.UseWhen(WorkbenchCookie.Serves, workbench =>
        {
            workbench.Use(WorkbenchHeaders.AddAsync);
            workbench.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new EmbeddedFileProvider(typeof(WorkbenchExtensions).Assembly, "CaseFlow.Host.Workbench.Assets"),
                RequestPath = WorkbenchCookie.Path + "/assets",
            });
            workbench.UseRequestLocalization();
        });
        return app;
    }

    /// <summary>Maps the workbench's pages and its language switch.</summary>
    public static WebApplication MapCaseFlowWorkbench(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        LanguageSwitch.Map(app);
        return app;
    }

    /// <summary>
    /// Puts every page of the workbench under its path, leaving / to the API's index: a page at Cases/List.cshtml answers
    /// /workbench/Cases/List, and one declaring <c>@page "/cases/{id:guid}"</c> answers /workbench/cases/{id}. The reporter's page is
    /// not the workbench's: it answers at the link's address it declares.
    /// </summary>
    private sealed class UnderWorkbenchPath : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            if (model.ViewEnginePath.StartsWith(ReporterPage.Folder, StringComparison.Ordinal))
            {
                return;
            }

            var prefix = WorkbenchCookie.Path.TrimStart('/');
            foreach (var selector in model.Selectors)
            {
                var template = selector.AttributeRouteModel?.Template ?? "";
                selector.AttributeRouteModel = new AttributeRouteModel
                {
                    Template = template.Length == 0 ? prefix : $"{prefix}/{template.TrimStart('~').TrimStart('/')}",
                    Name = selector.AttributeRouteModel?.Name,
                    Order = selector.AttributeRouteModel?.Order,
                    SuppressLinkGeneration = selector.AttributeRouteModel?.SuppressLinkGeneration ?? false,
                    SuppressPathMatching = selector.AttributeRouteModel?.SuppressPathMatching ?? false,
                };
            }
        }
    }
}
