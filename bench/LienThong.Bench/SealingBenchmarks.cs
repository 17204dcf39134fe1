using BenchmarkDotNet.Attributes;
using LienThong.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Bench;

/// <summary>
/// Sealing throughput of the Trust module on the real host (SQLite, encrypted software keys, the
/// platform's own TSA in process): detached CAdES B-T over a 10 KB file, its validation, and enveloped XML-DSig.
/// </summary>
[MemoryDiagnoser]
public class SealingBenchmarks
{
    private const string Agency = "000.00.00.H47";
    private readonly byte[] document = new byte[10 * 1024];
    private readonly byte[] xml = System.Text.Encoding.UTF8.GetBytes("<edXML><Header><Subject>Giấy mời họp</Subject></Header></edXML>");
    private BenchHost? host;
    private ITrustAdministration trust = null!;
    private byte[] signature = [];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = await BenchHost.StartAsync();
        trust = host.Services.GetRequiredService<ITrustAdministration>();
        await trust.IssueAsync("seal", Agency);
        Random.Shared.NextBytes(document);
        signature = (await trust.SealDetachedAsync(document, Agency)).Signature!;
    }

    [Benchmark]
    public async Task<byte[]?> CadesBtDetached() => (await trust.SealDetachedAsync(document, Agency)).Signature;

    [Benchmark]
    public async Task<byte[]?> XmlDsigEnveloped() => (await trust.SealXmlAsync(xml, Agency)).Signed;

    [Benchmark]
    public async Task<string> ValidateCadesBt() => (await trust.ValidateDetachedAsync(document, signature))[0].Indication;

    [GlobalCleanup]
    public async Task CleanUpAsync() => await host!.DisposeAsync();
}
