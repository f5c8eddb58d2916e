namespace CaseFlow.Host.Identity;

/// <summary>Reads (or creates) the token signing key as the service starts, so a key file that cannot be used stops it with the reason.</summary>
internal sealed class SigningKeyStartup(IServiceProvider services, ILogger<SigningKeyStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var key = services.GetRequiredService<SigningKeyFile>();
        if (key.Created)
        {
            AuthLog.KeyCreated(logger, key.Path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
