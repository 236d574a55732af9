using System.Text;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing.FakeSite;

/// <summary>Carries out an injected <see cref="SiteFault"/>.</summary>
internal static class FakeFaults
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1];

    /// <summary>Applies the fault; returns true when the request should then be served normally (a delay).</summary>
    public static async Task<bool> ApplyAsync(HttpContext context, SiteFault fault)
    {
        var response = context.Response;
        switch (fault.Kind)
        {
            case SiteFaultKind.Delay:
                await Task.Delay(fault.Delay, context.RequestAborted);
                return true;
            case SiteFaultKind.Reset:
                context.Abort();
                return false;
            case SiteFaultKind.Status:
                await WriteStatusAsync(response, fault);
                return false;
            case SiteFaultKind.Truncate:
                await WriteTruncatedAsync(context);
                return false;
            case SiteFaultKind.Oversize:
                await WriteOversizeAsync(response, fault);
                return false;
            case SiteFaultKind.Page:
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(fault.Html);
                return false;
            default:
                response.ContentType = fault.Kind == SiteFaultKind.Image ? "image/png" : "text/html; charset=utf-8";
                await response.Body.WriteAsync(Png);
                return false;
        }
    }

    private static async Task WriteStatusAsync(HttpResponse response, SiteFault fault)
    {
        response.StatusCode = fault.Status;
        if (fault.RetryAfter is { } retry)
        {
            response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (fault.RetryAfterDate is { } until)
        {
            response.Headers.RetryAfter = until.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        await response.WriteAsync($"<html><body><h1>{fault.Status}</h1></body></html>");
    }

    private static async Task WriteTruncatedAsync(HttpContext context)
    {
        var page = Encoding.UTF8.GetBytes("<html><body>" + new string('x', 8192) + "</body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = page.Length;
        await context.Response.Body.WriteAsync(page.AsMemory(0, page.Length / 2));
        await context.Response.Body.FlushAsync();
        await Task.Delay(200); // let the client take the headers and half the body before the reset
        context.Abort();
    }

    private static async Task WriteOversizeAsync(HttpResponse response, SiteFault fault)
    {
        response.ContentType = "text/html; charset=utf-8";
        if (fault.DeclareLength)
        {
            response.ContentLength = fault.Bytes;
        }

        var chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 1017) + "</p>\n");
        for (long sent = 0; sent < fault.Bytes; sent += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, fault.Bytes - sent);
            await response.Body.WriteAsync(chunk.AsMemory(0, size), response.HttpContext.RequestAborted);
        }
    }
}
