using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FeedBot.Serving.Benchmarks;

/// <summary>
/// Debian's nginx serving the worker's feed bytes from a folder: the identity body and, beside it, the worker's own gzip
/// body as <c>.gz</c> for <c>gzip_static on</c>, at the worker's path, with the same Content-Type, Cache-Control and
/// Vary. nginx's ETags are its own (<c>"mtime-size"</c> of each file: strong, one per coding, like the worker's).
/// </summary>
public sealed class NginxServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxServer(Process process, string folder, Uri baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<NginxServer> StartAsync(ServedFeed worker, string path)
    {
        var folder = Directory.CreateTempSubdirectory("feedbot-serving-nginx-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var file = Path.Combine(folder, "www" + path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var modified = DateTime.UtcNow.AddMinutes(-1);
        await File.WriteAllBytesAsync(file, worker.Identity);
        await File.WriteAllBytesAsync(file + ".gz", worker.Gzip);
        File.SetLastWriteTimeUtc(file, modified);
        File.SetLastWriteTimeUtc(file + ".gz", modified);
        MakeReadable(Path.Combine(folder, "www"));

        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(folder, port, worker.CacheControl));
        var info = new ProcessStartInfo("nginx", ["-e", "stderr", "-p", folder, "-c", config]) { UseShellExecute = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
        var server = new NginxServer(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitForListeningAsync(port);
        return server;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitForListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static string Config(string folder, int port, string cacheControl) => $$"""
        daemon off;
        worker_processes auto;
        pid {{folder}}/nginx.pid;
        error_log stderr warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/tmp;
            sendfile on;
            tcp_nopush on;
            keepalive_requests 1000000;
            types { }
            default_type "application/rss+xml; charset=utf-8";
            gzip_static on;
            gzip_vary on;
            server {
                listen 127.0.0.1:{{port}};
                root {{folder}}/www;
                location / { add_header Cache-Control "{{cacheControl}}"; }
            }
        }
        """;

    private static void MakeReadable(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
        {
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
