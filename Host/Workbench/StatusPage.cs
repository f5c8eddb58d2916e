using System.Net;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseFlow.Host.Workbench;

/// <summary>The page a person sees for a bare status under the workbench (a page that does not exist, a method it does not take), in both languages.</summary>
internal static class StatusPage
{
    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        var (chinese, english) = status switch
        {
            StatusCodes.Status404NotFound => ("找不到此页面。", "There is no such page."),
            StatusCodes.Status405MethodNotAllowed => ("此页面不接受这种请求。", "This page does not take that request."),
            StatusCodes.Status429TooManyRequests => ("请求过于频繁，请稍后再试。", "Too many requests: try again shortly."),
            _ => ("请求未能完成。", "The request could not be completed."),
        };
        var reason = WebUtility.HtmlEncode(ReasonPhrases.GetReasonPhrase(status));
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{status} · 工作台</title><link rel="icon" href="{WorkbenchCookie.Path}/assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="{WorkbenchCookie.Path}/assets/workbench.css"></head>
            <body><main id="main"><h1>{status} {reason}</h1><p>{chinese}</p><p lang="en">{english}</p><p><a href="{WorkbenchCookie.Path}">工作台 · Workbench</a></p></main></body></html>
            """);
    }
}
