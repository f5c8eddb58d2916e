using CaseFlow.Host.Cli;

return await CaseFlowCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);

/// <summary>The entry point, visible to tests that host the service.</summary>
public partial class Program;
