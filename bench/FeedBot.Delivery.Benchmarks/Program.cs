using BenchmarkDotNet.Running;

BenchmarkRunner.Run(typeof(FeedBot.Delivery.Benchmarks.FanOutBenchmark).Assembly, args: args);
