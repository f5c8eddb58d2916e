using CaseFlow.Simulator;

var (options, error) = SimulatorOptions.Parse(args, Environment.GetEnvironmentVariables());
if (options is null)
{
    var help = error == SimulatorOptions.Usage;
    await (help ? Console.Out : Console.Error).WriteLineAsync(error);
    return help ? 0 : 2;
}

return await SimulatorRun.RunAsync(options);
