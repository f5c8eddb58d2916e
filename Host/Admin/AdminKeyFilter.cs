using System.Net;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Admin;

/// <summary>
/// Guards the /admin endpoints: with CaseFlow:Admin:Key set, a request must carry it in the X-Admin-Key header (401 otherwise);
/// without a key, only requests from this machine are answered (403 otherwise).
/// </summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    /// <summary>The header that carries the admin key.</summary>
    public const string Header = "X-Admin-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (options.Value.Key is { Length: > 0 } key)
        {
            var given = http.Request.Headers[Header].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
            {
                return Results.Problem(
                    title: "Admin key required",
                    detail: $"send the key configured in CaseFlow:Admin:Key in the {Header} header",
                    statusCode: StatusCodes.Status401Unauthorized);
            }
        }
        else if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return Results.Problem(
                title: "Admin requests from this machine only",
                detail: "no admin key is configured, so /admin answers only requests from this machine; set CaseFlow:Admin:Key and send it in the X-Admin-Key header",
                statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
