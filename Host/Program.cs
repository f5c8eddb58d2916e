using CaseFlow.Host.Admin;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Demo;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Privacy;
using CaseFlow.Host.Startup;
using CaseFlow.Host.Wire;
using CaseFlow.Host.Workbench;

if (args.Length > 0 && args[0] == "demo")
{
    return await DemoVerb.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] is "replay" or "verify" or "export")
{
    return await AuditVerbs.RunAsync(args[0], args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] is "assessment" or "brief")
{
    return await AssessmentVerbs.RunAsync(args[0], args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "asyncapi")
{
    return AsyncApiVerb.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "validate")
{
    return ValidateVerb.Run(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "permissions")
{
    return PermissionsVerb.Run(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "publish")
{
    return await PublishVerb.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "publish-calendar")
{
    return await PublishCalendarVerb.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] is "erase" or "keys")
{
    return await PersonalDataVerbs.RunAsync(args[0], args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "user")
{
    return await UserVerb.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCaseFlow(builder.Configuration);
builder.Services.AddCaseFlowHttp();
builder.Services.AddCaseFlowRequestLimits(builder.Configuration);
builder.Services.AddCaseFlowAuth(builder.Configuration);
builder.Services.AddCaseFlowAdmin(builder.Configuration);
builder.Services.AddCaseFlowWorkbench();
builder.Services.AddCaseFlowOpenApi();

var app = builder.Build();
app.MapCaseFlowApi();
app.UseCaseFlowWorkbench();
app.MapCaseFlowAuth();
app.MapCaseFlowAdmin();
app.MapCaseFlowWorkbench();
app.MapCaseFlowOpenApi();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to tests that host the service.</summary>
public partial class Program;
