using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Attachments;

/// <summary>
/// A grid member's photo uploaded and named at submission, a rectification notice (PDF) attached when the command room registers
/// the case, and the uploads the service must refuse: bytes of another type than declared, too large, too many, another's.
/// </summary>
public sealed class When_photos_and_documents_are_attached_over_http
{
    private const int MaxBytes = 4096;
    private readonly byte[] _photo = AttachmentFiles.Jpeg("shed-before");
    private readonly byte[] _notice = AttachmentFiles.Pdf("rectification-notice");
    private string _database = null!;
    private CaseFlowFactory _factory = null!;
    private HttpClient _room = null!;
    private HttpClient _otherRoom = null!;
    private Guid _caseId;
    private string _photoId = null!;
    private string _noticeId = null!;
    private JsonObject _uploaded = null!;
    private JsonObject _case = null!;
    private JsonObject _verified = null!;

    [OneTimeSetUp]
    public async Task Submit_with_a_photo_then_register_with_a_notice()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Limits:AttachmentBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _room = _factory.CreateClientAs("duty-officer", ["commandRoom"]);
        _otherRoom = _factory.CreateClientAs("night-officer", ["commandRoom"]);

        var upload = await AttachmentFiles.UploadRawAsync(_room, _photo, "image/jpeg", "C:\\phone\\DCIM\\棚-before.jpg");
        Assert.That((int)upload.StatusCode, Is.EqualTo(201), await upload.Content.ReadAsStringAsync());
        _uploaded = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        _photoId = _uploaded["id"]!.GetValue<string>();

        var noticeUpload = await AttachmentFiles.UploadFormAsync(_room, _notice, "application/pdf", "整改通知书.pdf");
        Assert.That((int)noticeUpload.StatusCode, Is.EqualTo(201), await noticeUpload.Content.ReadAsStringAsync());
        _noticeId = (await noticeUpload.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var submitted = await _room.PostAsJsonAsync("/cases", Submission("attach-1", [_photoId]));
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), await submitted.Content.ReadAsStringAsync());
        _caseId = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var registered = await _room.PostAsJsonAsync($"/cases/{_caseId}/commands/Register", new { attachments = new[] { _noticeId } });
        Assert.That((int)registered.StatusCode, Is.EqualTo(200), await registered.Content.ReadAsStringAsync());

        _case = JsonNode.Parse(await _room.GetStringAsync($"/cases/{_caseId}"))!.AsObject();
        _verified = JsonNode.Parse(await _factory.CreateClient().GetStringAsync("/audit/verify"))!.AsObject();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _room.Dispose();
        _otherRoom.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_database + ".attachments", recursive: true);
    }

    [Test]
    public void Should_answer_the_upload_with_its_type_size_hash_and_bare_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_uploaded["name"]!.GetValue<string>(), Is.EqualTo("棚-before.jpg"));
            Assert.That(_uploaded["contentType"]!.GetValue<string>(), Is.EqualTo("image/jpeg"));
            Assert.That(_uploaded["size"]!.GetValue<long>(), Is.EqualTo(_photo.Length));
            Assert.That(_uploaded["sha256"]!.GetValue<string>(), Is.EqualTo(AttachmentFiles.Sha256(_photo)));
        });
    }

    [Test]
    public void Should_record_each_attachment_and_its_hash_in_the_event_of_the_step_that_attached_it()
    {
        var history = _case["history"]!.AsArray();
        var submit = history[0]!["payload"]!["attachments"]!.AsArray().Single()!;
        var register = history[1]!["payload"]!["attachments"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(submit["id"]!.GetValue<string>(), Is.EqualTo(_photoId));
            Assert.That(submit["sha256"]!.GetValue<string>(), Is.EqualTo(AttachmentFiles.Sha256(_photo)));
            Assert.That(register["id"]!.GetValue<string>(), Is.EqualTo(_noticeId));
            Assert.That(register["contentType"]!.GetValue<string>(), Is.EqualTo("application/pdf"));
            Assert.That(register["sha256"]!.GetValue<string>(), Is.EqualTo(AttachmentFiles.Sha256(_notice)));
        });
    }

    [Test]
    public void Should_list_the_attachments_on_the_case_with_the_step_that_recorded_each()
    {
        var listed = _case["case"]!["attachments"]!.AsArray();
        Assert.That(
            listed.Select(a => (a!["attachment"]!["id"]!.GetValue<string>(), a["trigger"]!.GetValue<string>(), a["sequence"]!.GetValue<long>())),
            Is.EqualTo(new[] { (_photoId, "Submit", 1L), (_noticeId, "Register", 2L) }));
    }

    [Test]
    public void Should_find_the_chain_and_every_attachment_intact()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_verified["intact"]!.GetValue<bool>(), Is.True, _verified.ToJsonString());
            Assert.That(_verified["attachmentsChecked"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_serve_the_photo_to_a_signed_in_caller_so_that_no_browser_runs_it()
    {
        using var reader = _factory.CreateClientAs("clerk", ["office:demolition-office"]);
        var photo = await reader.GetAsync($"/cases/{_caseId}/attachments/{_photoId}");
        var notice = await reader.GetAsync($"/cases/{_caseId}/attachments/{_noticeId}");
        Assert.Multiple(async () =>
        {
            Assert.That((int)photo.StatusCode, Is.EqualTo(200));
            Assert.That(await photo.Content.ReadAsByteArrayAsync(), Is.EqualTo(_photo));
            Assert.That(photo.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That(photo.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(photo.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("sandbox").And.Contain("default-src 'none'"));
            Assert.That(photo.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("inline"));
            Assert.That(photo.Content.Headers.ContentDisposition.FileNameStar, Is.EqualTo("棚-before.jpg"));
            Assert.That(notice.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
        });
    }

    [Test]
    public async Task Should_not_serve_an_attachment_anonymously_even_with_anonymous_reads_or_under_another_case()
    {
        await using var open = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Auth:AnonymousReads"] = "true" });
        using var anonymous = open.CreateAnonymousClient();
        var anonymousRead = await anonymous.GetAsync($"/cases/{_caseId}/attachments/{_photoId}");
        var caseRead = await anonymous.GetAsync($"/cases/{_caseId}");
        var otherCase = await _room.PostAsJsonAsync("/cases", Submission("attach-other", null));
        var otherId = (await otherCase.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var underOther = await _room.GetAsync($"/cases/{otherId}/attachments/{_photoId}");
        Assert.Multiple(async () =>
        {
            Assert.That((int)caseRead.StatusCode, Is.EqualTo(200), "the case itself is open to anonymous reads here");
            Assert.That((int)anonymousRead.StatusCode, Is.EqualTo(401));
            Assert.That((int)underOther.StatusCode, Is.EqualTo(404));
            Assert.That(await underOther.Content.ReadAsStringAsync(), Does.Contain($"records no attachment {_photoId}"));
        });
    }

    [Test]
    public async Task Should_refuse_bytes_of_another_type_than_declared_and_record_nothing()
    {
        var png = await AttachmentFiles.UploadRawAsync(_room, AttachmentFiles.Png(), "image/jpeg", "scan.jpg");
        var script = await AttachmentFiles.UploadFormAsync(_room, "<svg onload=alert(1)>"u8.ToArray(), "image/jpeg", "x.jpg");
        Assert.Multiple(async () =>
        {
            Assert.That((int)png.StatusCode, Is.EqualTo(422));
            Assert.That(await png.Content.ReadAsStringAsync(), Does.Contain("declared image/jpeg but its bytes are image/png"));
            Assert.That((int)script.StatusCode, Is.EqualTo(415));
            Assert.That(await script.Content.ReadAsStringAsync(), Does.Contain("accepted are image/jpeg"));
            Assert.That(Directory.EnumerateFiles(Path.Combine(_database + ".attachments", "staged")), Is.Empty, "nothing refused is staged");
        });
    }

    [Test]
    public async Task Should_refuse_a_file_past_the_limit_and_more_files_than_a_command_may_record()
    {
        var tooLarge = await AttachmentFiles.UploadRawAsync(_room, [.. AttachmentFiles.Jpeg(), .. new byte[MaxBytes]], "image/jpeg", "big.jpg");
        var ids = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid().ToString("D")).ToArray();
        var tooMany = await _room.PostAsJsonAsync($"/cases/{_caseId}/commands/ReportProgress", new { note = "进展", attachments = ids });
        Assert.Multiple(async () =>
        {
            Assert.That((int)tooLarge.StatusCode, Is.EqualTo(413));
            Assert.That(await tooLarge.Content.ReadAsStringAsync(), Does.Contain($"larger than {MaxBytes} bytes"));
            Assert.That((int)tooMany.StatusCode, Is.EqualTo(400));
            Assert.That(await tooMany.Content.ReadAsStringAsync(), Does.Contain("at most 10"));
        });
    }

    [Test]
    public async Task Should_let_no_one_record_another_identitys_upload_and_leave_it_staged_for_its_own()
    {
        var othersPhoto = await AttachmentFiles.StageAsync(_otherRoom, AttachmentFiles.Jpeg("night"), "image/jpeg", "night.jpg");
        var byRoom = await _room.PostAsJsonAsync("/cases", Submission("attach-stolen", [othersPhoto]));
        var byOwner = await _otherRoom.PostAsJsonAsync("/cases", Submission("attach-own", [othersPhoto]));
        Assert.Multiple(async () =>
        {
            Assert.That((int)byRoom.StatusCode, Is.EqualTo(400));
            Assert.That(await byRoom.Content.ReadAsStringAsync(), Does.Contain("no upload staged for this caller"));
            Assert.That((int)byOwner.StatusCode, Is.EqualTo(201), await byOwner.Content.ReadAsStringAsync());
        });
    }

    [Test]
    public async Task Should_record_an_upload_once()
    {
        var again = await _room.PostAsJsonAsync($"/cases/{_caseId}/commands/Urge", new { note = "催办", attachments = new[] { _photoId } });
        Assert.Multiple(async () =>
        {
            Assert.That((int)again.StatusCode, Is.EqualTo(400));
            Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("recorded once"));
        });
    }

    [Test]
    public async Task Should_leave_the_uploads_of_a_refused_command_staged()
    {
        var photo = await AttachmentFiles.StageAsync(_room, AttachmentFiles.Jpeg("refused"), "image/jpeg", "refused.jpg");
        var refused = await _room.PostAsJsonAsync($"/cases/{_caseId}/commands/Complete", new { result = "已拆除", attachments = new[] { photo } });
        var later = await _room.PostAsJsonAsync("/cases", Submission("attach-later", [photo]));
        Assert.Multiple(() =>
        {
            Assert.That((int)refused.StatusCode, Is.AnyOf(403, 409));
            Assert.That((int)later.StatusCode, Is.EqualTo(201));
        });
    }

    private static object Submission(string key, string[]? attachments) => new
    {
        clientKey = key,
        category = "illegal-construction",
        title = "违建",
        description = "村口新建铁皮棚",
        channel = "hotline",
        reporter = new { name = "王女士", phone = "13800001111" },
        village = "village-1",
        grid = "grid-1",
        attachments,
    };
}
