using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/LienThong.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(LienThong.Bench.SealingBenchmarks).Assembly).Run(args);
