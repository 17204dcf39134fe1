using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/LienThong.Bench -- --filter '*'   (BenchmarkDotNet micro-benchmarks)
// dotnet run -c Release --project bench/LienThong.Bench -- gateway        (the gateway load scenario and its report)
if (args is ["gateway", ..])
{
    return await LienThong.Bench.GatewayLoad.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(LienThong.Bench.SealingBenchmarks).Assembly).Run(args);
return 0;
