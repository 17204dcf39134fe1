using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LienThong.AgencySystems;

namespace LienThong.Host.Cli;

/// <summary>
/// Drives whole land-transfer dossiers (1.013831) over HTTP against a running platform, as the demo accounts: citizens sign
/// in with VNeID, file with a fetched parcel and a re-used contract, and pay; the land office's desk, specialist and leader
/// act; the tax and land-register legs go through the gateway. Reports dossiers per second, the time of each client step and
/// the machine time of each leg the platform recorded.
/// </summary>
public sealed class DossierSimulation(Uri platform, TextWriter progress)
{
    public const string Procedure = "1.013831";
    private const string CitizenPassword = "VNeID@2026";
    private const string OfficialPassword = "LienThong@2026";
    private static readonly string[] Citizens = ["049085001234", "049190005678"];
    private static readonly Dictionary<string, string> CitizenNames = new() { ["049085001234"] = "Nguyễn Văn An", ["049190005678"] = "Trần Thị Bình" };

    public sealed record Timing(string Name, int Count, double MedianMilliseconds, double P90Milliseconds);

    public sealed record Report(string Procedure, int Requested, int Completed, int Failed, double Seconds, double DossiersPerSecond,
        IReadOnlyList<Timing> Steps, IReadOnlyList<Timing> Legs, IReadOnlyList<string> Errors);

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> steps = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> legs = new();
    private readonly ConcurrentQueue<string> errors = new();

    /// <summary>Who holds each parcel now: a transfer makes the applicant the holder, so a parcel used again is sold on by them.</summary>
    private readonly ConcurrentDictionary<(string, int, int), (string Id, string Name)> holders = new();

    /// <summary>Parcels in use by a dossier in flight, so that two dossiers never sell the same parcel at once.</summary>
    private readonly ConcurrentDictionary<(string, int, int), SemaphoreSlim> parcelLocks = new();

    public async Task<Report> RunAsync(IReadOnlyList<AgencySystemsModule.SampleParcel> parcels, int concurrency, CancellationToken cancellationToken)
    {
        var citizens = new Dictionary<string, HttpClient>();
        foreach (var pid in Citizens)
        {
            citizens[pid] = await PortalSessions.CitizenAsync(platform, pid, CitizenPassword, cancellationToken);
        }
        using var desk = await PortalSessions.OfficialAsync(platform, "motcua.vpdkdd", OfficialPassword, cancellationToken);
        using var specialist = await PortalSessions.OfficialAsync(platform, "chuyenvien.vpdkdd", OfficialPassword, cancellationToken);
        using var leader = await PortalSessions.OfficialAsync(platform, "lanhdao.vpdkdd", OfficialPassword, cancellationToken);
        var completed = 0;
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(parcels.Select((p, i) => (p, i)), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                var key = (item.p.UnitCode, item.p.MapSheet, item.p.Number);
                var gate = parcelLocks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                try
                {
                    var holder = holders.GetOrAdd(key, _ => (item.p.OwnerId, item.p.OwnerName));
                    var applicant = Citizens[item.i % 2] == holder.Id ? Citizens[(item.i + 1) % 2] : Citizens[item.i % 2];
                    await OneAsync(citizens[applicant], desk, specialist, leader, item.p with { OwnerId = holder.Id, OwnerName = holder.Name }, ct);
                    holders[key] = (applicant, CitizenNames[applicant]);
                    Interlocked.Increment(ref completed);
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException or JsonException or KeyNotFoundException)
                {
                    errors.Enqueue($"{item.p.UnitCode}/{item.p.MapSheet}/{item.p.Number}: {e.Message}");
                }
                finally
                {
                    gate.Release();
                }
                Bar(Interlocked.Increment(ref done), parcels.Count);
            });
        clock.Stop();
        progress.WriteLine();
        foreach (var client in citizens.Values)
        {
            client.Dispose();
        }
        return new Report(Procedure, parcels.Count, completed, parcels.Count - completed, Math.Round(clock.Elapsed.TotalSeconds, 2),
            Math.Round(completed / clock.Elapsed.TotalSeconds, 2), Timings(steps), Timings(legs), [.. errors.Take(20)]);
    }

    private async Task OneAsync(HttpClient citizen, HttpClient desk, HttpClient specialist, HttpClient leader, AgencySystemsModule.SampleParcel parcel,
        CancellationToken ct)
    {
        var draft = await StepAsync("draft", () => citizen.PostAsJsonAsync("/api/public-services/my/dossiers", new { procedure = Procedure }, ct), ct);
        var id = draft.GetProperty("id").GetString()!;
        var my = $"/api/public-services/my/dossiers/{id}";
        await StepAsync("form", () => citizen.PutAsJsonAsync(my + "/form", new Dictionary<string, string>
        {
            ["transferorName"] = parcel.OwnerName, ["transferorId"] = parcel.OwnerId, ["unitCode"] = parcel.UnitCode,
            ["mapSheet"] = parcel.MapSheet.ToString(CultureInfo.InvariantCulture), ["parcelNumber"] = parcel.Number.ToString(CultureInfo.InvariantCulture),
            ["transferPrice"] = "900000000", ["relationship"] = "Không có quan hệ thân nhân",
        }, ct), ct);
        await StepAsync("fetch-parcel", () => citizen.PostAsync(my + "/components/giay-chung-nhan/fetch", null, ct), ct);
        var documents = await StepAsync("store", () => citizen.GetAsync("/api/public-services/my/documents", ct), ct);
        var contract = documents.EnumerateArray().First(d => d.GetProperty("evidenceType").GetString() == "hop-dong-chuyen-nhuong").GetProperty("id").GetString();
        await StepAsync("reuse", () => citizen.PostAsJsonAsync(my + "/components/hop-dong/reuse", new { documentId = contract }, ct), ct);
        var preview = await StepAsync("preview", () => citizen.GetAsync(my + "/preview", ct), ct);
        await StepAsync("submit", () => citizen.PostAsJsonAsync(my + "/submit",
            new { consent = true, previewDigest = preview.GetProperty("digest").GetString() }, ct), ct);
        var official = $"/api/public-services/dossiers/{id}/advance";
        await StepAsync("accept", () => desk.PostAsJsonAsync(official, new { }, ct), ct);
        await StepAsync("check-and-tax", () => specialist.PostAsJsonAsync(official, new { }, ct), ct);
        await StepAsync("pay", () => citizen.PostAsync(my + "/payment", null, ct), ct);
        await StepAsync("land-register", () => specialist.PostAsJsonAsync(official, new { }, ct), ct);
        await StepAsync("sign", () => leader.PostAsJsonAsync(official, new { }, ct), ct);
        await StepAsync("return", () => desk.PostAsJsonAsync(official, new { }, ct), ct);
        var full = await ReadAsync(await citizen.GetAsync(my, ct), ct);
        foreach (var leg in full.GetProperty("legs").EnumerateArray().Where(l => l.GetProperty("succeeded").GetBoolean()))
        {
            legs.GetOrAdd(leg.GetProperty("leg").GetString()!, _ => []).Add(leg.GetProperty("milliseconds").GetDouble());
        }
    }

    private async Task<JsonElement> StepAsync(string name, Func<Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await send();
        var body = await ReadAsync(response, ct);
        steps.GetOrAdd(name, _ => []).Add(watch.Elapsed.TotalMilliseconds);
        return body;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private void Bar(int done, int total)
    {
        const int width = 30;
        var filled = total == 0 ? width : done * width / total;
        lock (progress)
        {
            progress.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {done}/{total}");
        }
    }

    private static List<Timing> Timings(ConcurrentDictionary<string, ConcurrentBag<double>> source) =>
        [.. source.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var sorted = s.Value.Order().ToList();
            return new Timing(s.Key, sorted.Count, Math.Round(sorted[(sorted.Count - 1) / 2], 1), Math.Round(sorted[(int)((sorted.Count - 1) * 0.9)], 1));
        })];

    public static string Format(Report report)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Thủ tục {report.Procedure}: {report.Completed}/{report.Requested} hồ sơ hoàn thành, {report.Failed} lỗi, {report.Seconds} s, {report.DossiersPerSecond} hồ sơ/s");
        text.AppendLine("Bước (phía người dùng)        số lần   trung vị ms   p90 ms");
        foreach (var t in report.Steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {t.Name,-26} {t.Count,7} {t.MedianMilliseconds,13:F1} {t.P90Milliseconds,8:F1}");
        }
        text.AppendLine("Chặng liên thông (máy ghi)   số lần   trung vị ms   p90 ms");
        foreach (var t in report.Legs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {t.Name,-26} {t.Count,7} {t.MedianMilliseconds,13:F1} {t.P90Milliseconds,8:F1}");
        }
        foreach (var error in report.Errors)
        {
            text.AppendLine("  lỗi: " + error);
        }
        return text.ToString();
    }
}
