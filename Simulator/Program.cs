using CaseFlow.Simulator;

return await SimulatorOptions.RunAsync(args, Environment.GetEnvironmentVariables(), SimulatorRun.RunAsync, Console.Out, Console.Error);
