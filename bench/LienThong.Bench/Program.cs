using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/LienThong.Bench -- --filter '*'   (BenchmarkDotNet micro-benchmarks; '*EdXml*' for edXML build/read)
// dotnet run -c Release --project bench/LienThong.Bench -- gateway        (the gateway load scenario and its report)
// dotnet run -c Release --project bench/LienThong.Bench -- dossiers --count 1000 --concurrency 4   (land-transfer dossiers end to end)
// dotnet run -c Release --project bench/LienThong.Bench -- search --count 100000   (document search; PostgreSQL with LIENTHONG_BENCH_POSTGRES)
// dotnet run -c Release --project bench/LienThong.Bench -- index --count 1000000   (Decision 766 index over synthetic dossiers; PostgreSQL likewise)
if (args is ["dossiers", ..])
{
    return await LienThong.Bench.DossierLoad.RunAsync(args[1..]);
}
if (args is ["search", ..])
{
    return await LienThong.Bench.SearchLoad.RunAsync(args[1..]);
}
if (args is ["index", ..])
{
    return await LienThong.Bench.IndexLoad.RunAsync(args[1..]);
}
if (args is ["gateway", ..])
{
    return await LienThong.Bench.GatewayLoad.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(LienThong.Bench.SealingBenchmarks).Assembly).Run(args);
return 0;
