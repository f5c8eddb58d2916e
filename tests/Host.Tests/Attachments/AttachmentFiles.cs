using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Attachments;

/// <summary>Small files of each kind, and uploading them the two ways a caller can.</summary>
internal static class AttachmentFiles
{
    /// <summary>A JPEG's start, and some bytes of its own so that two photos differ.</summary>
    public static byte[] Jpeg(string tag = "photo") => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, .. System.Text.Encoding.UTF8.GetBytes(tag), 0xFF, 0xD9];

    public static byte[] Png(string tag = "scan") => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. System.Text.Encoding.UTF8.GetBytes(tag)];

    public static byte[] Pdf(string tag = "notice") => [.. "%PDF-1.7\n"u8, .. System.Text.Encoding.UTF8.GetBytes(tag), .. "\n%%EOF"u8];

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>POST /attachments with the bytes as the body, their type and ?name=.</summary>
    public static async Task<HttpResponseMessage> UploadRawAsync(HttpClient client, byte[] bytes, string contentType, string name)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync($"/attachments?name={Uri.EscapeDataString(name)}", content);
    }

    /// <summary>POST /attachments as a form with a part named file.</summary>
    public static async Task<HttpResponseMessage> UploadFormAsync(HttpClient client, byte[] bytes, string contentType, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", name);
        return await client.PostAsync("/attachments", form);
    }

    /// <summary>The id of a file uploaded raw, failing the test when the upload is refused.</summary>
    public static async Task<string> StageAsync(HttpClient client, byte[] bytes, string contentType, string name)
    {
        var response = await UploadRawAsync(client, bytes, contentType, name);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
