using System.Diagnostics;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CaseFlow.Host.Tests.Telemetry;

/// <summary>
/// With CaseFlow:Telemetry enabled, a command over HTTP is one trace from the request through the decision, the append and the
/// publication onto the bus, and the metrics count it against its trigger and kind of actor; read with OpenTelemetry's in-memory
/// exporters, as a collector would receive them.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_telemetry_is_enabled
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _case;
    private HttpResponseMessage _refused = null!;
    private string _platform = "";

    [OneTimeSetUp]
    public async Task SubmitRegisterAndRefuseACommand()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(
            _database,
            new Dictionary<string, string?> { ["CaseFlow:Telemetry:Enabled"] = "true" },
            services: services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
            });
        _client = _factory.CreateClient();
        _case = await CaseApi.SubmitAsync(_client, "telemetry-1");
        await CaseApi.AcceptAsync(_client, _case, "Register", new { actor = "command-room" });
        _refused = await CaseApi.CommandAsync(_client, _case, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _case, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _case, "Dispatch", new { actor = "command-room" });
        _platform = (await CaseApi.GetAsync(_client, _case))["case"]!["platform"]!.GetValue<string>();
        await _factory.Services.GetRequiredService<CaseLoadSampler>().SampleAsync(CancellationToken.None);
        _factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public void Should_trace_a_command_from_the_request_through_decide_append_and_publish()
    {
        var command = _spans.Single(s => s.OperationName == "caseflow.command" && (string?)s.GetTagItem("caseflow.trigger") == "Register" && s.Status != ActivityStatusCode.Error);
        var children = _spans.Where(s => s.ParentSpanId == command.SpanId).Select(s => s.OperationName).ToList();
        var request = _spans.Single(s => s.SpanId == command.ParentSpanId);

        Assert.Multiple(() =>
        {
            Assert.That(children, Is.SupersetOf(new[] { "caseflow.decide", "caseflow.append", "caseflow.publish" }));
            Assert.That(request.Kind, Is.EqualTo(ActivityKind.Server), "the command's parent is the HTTP request");
            Assert.That(request.Source.Name, Is.EqualTo("Microsoft.AspNetCore"));
            Assert.That(command.GetTagItem("caseflow.case.id"), Is.EqualTo(_case.ToString()));
        });
    }

    [Test]
    public void Should_carry_the_trace_onto_the_bus()
    {
        var command = _spans.Single(s => s.OperationName == "caseflow.command" && (string?)s.GetTagItem("caseflow.trigger") == "Register" && s.Status != ActivityStatusCode.Error);
        var publish = _spans.Single(s => s.ParentSpanId == command.SpanId && s.OperationName == "caseflow.publish");

        var onTheBus = _spans.Where(s => s.Source.Name == "MassTransit" && s.TraceId == command.TraceId).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(onTheBus, Is.Not.Empty, "MassTransit's spans of the events published are in the command's trace");
            Assert.That(onTheBus.Any(s => s.ParentSpanId == publish.SpanId), Is.True, "sent from within the publication");
        });
    }

    [Test]
    public void Should_mark_a_refused_command_and_count_it_apart()
    {
        var refused = _spans.Where(s => s.OperationName == "caseflow.command" && (string?)s.GetTagItem("caseflow.trigger") == "Register" && s.Status == ActivityStatusCode.Error).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((int)_refused.StatusCode, Is.EqualTo(409).Or.EqualTo(422).Or.EqualTo(400), "the second Register is refused");
            Assert.That(refused, Has.Count.EqualTo(1));
            Assert.That(Sum("caseflow.commands.rejected", ("caseflow.trigger", "Register"), ("caseflow.actor.kind", "commandRoom")), Is.EqualTo(1));
            Assert.That(Sum("caseflow.commands.accepted", ("caseflow.trigger", "Register"), ("caseflow.actor.kind", "commandRoom")), Is.EqualTo(1));
            Assert.That(Sum("caseflow.commands.accepted", ("caseflow.trigger", "Submit")), Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_time_decisions_and_appends()
    {
        Assert.Multiple(() =>
        {
            // The refused Register is decided twice: refused on the cached state, it is decided again on the stored history before
            // anybody is refused (CaseService.ApplyAsync).
            Assert.That(Count("caseflow.decision.duration"), Is.EqualTo(6), "submit, register, the refused register twice, triage and dispatch");
            Assert.That(Count("caseflow.append.duration"), Is.EqualTo(4), "only the accepted ones were appended");
        });
    }

    [Test]
    public void Should_report_open_cases_per_platform_and_the_outbox()
    {
        // The case was dispatched to a platform a moment ago: open there, not overdue; no other platform holds a case.
        Assert.Multiple(() =>
        {
            Assert.That(Last("caseflow.cases.open", ("caseflow.platform", _platform)), Is.EqualTo(1));
            Assert.That(Last("caseflow.cases.overdue", ("caseflow.platform", _platform)), Is.Zero);
            Assert.That(Points("caseflow.cases.open").Sum(p => p.GetGaugeLastValueLong()), Is.EqualTo(1));
            Assert.That(_metrics.Any(m => m.Name == "caseflow.outbox.backlog"), Is.True);
            Assert.That(_metrics.Any(m => m.Name == "caseflow.timers.lag"), Is.True);
        });
    }

    private List<MetricPoint> Points(string name, params (string Key, string Value)[] tags)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var has = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    has[tag.Key] = tag.Value;
                }

                if (tags.All(t => has.TryGetValue(t.Key, out var v) && (string?)v == t.Value))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    private long Sum(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetSumLong());

    private long Count(string name) => Points(name).Sum(p => p.GetHistogramCount());

    private long Last(string name, params (string Key, string Value)[] tags) => Points(name, tags).Select(p => p.GetGaugeLastValueLong()).LastOrDefault(-1);
}
