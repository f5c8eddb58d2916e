using System.Globalization;
using System.Threading.RateLimiting;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Http;

/// <summary>Wires how much one request may carry (CaseFlow:Limits) and how many requests one caller may make (CaseFlow:RateLimit).</summary>
public static class RequestLimits
{
    /// <summary>Adds the validated limit settings, the 413 handler and ASP.NET Core's rate limiter, partitioned by caller.</summary>
    public static IServiceCollection AddCaseFlowRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, settings) =>
        {
            var limit = settings.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                Partition(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }));
            o.OnRejected = (rejected, _) => TooManyAsync(rejected, limit);
        });
        return services;
    }

    /// <summary>Caps every request's body: a declared length past the endpoint's limit is refused at once, a longer body when read.</summary>
    public static WebApplication UseCaseFlowBodyLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
            var metadata = context.GetEndpoint()?.Metadata;
            var limit = metadata?.GetMetadata<DefinitionSizedBody>() is not null ? limits.DefinitionBody
                : metadata?.GetMetadata<AttachmentSizedBody>() is not null ? limits.AttachmentBytes + AttachmentSizedBody.FormFraming
                : limits.RequestBody;
            if (context.Request.ContentLength > limit)
            {
                var tooLarge = LimitedBodyStream.TooLarge(limit);
                await Results.Problem(title: "Request body too large", detail: tooLarge.Message, statusCode: tooLarge.StatusCode).ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }

            context.Request.Body = new LimitedBodyStream(context.Request.Body, limit);
            await next(context);
        });
        return app;
    }

    /// <summary>Signed-in callers are counted by identity, whatever address they call from; anonymous ones by address.</summary>
    private static string Partition(HttpContext context) =>
        Caller.From(context.User) is { } caller
            ? $"identity:{caller.Identity}"
            : $"address:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private static async ValueTask TooManyAsync(OnRejectedContext rejected, RateLimitOptions limit)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limit.Window;
        var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            title: "Too many requests",
            detail: $"this caller made more than {limit.PermitLimit} requests in {limit.Window}; try again in {seconds} s (the allowance is set by CaseFlow:RateLimit)",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
    }
}
