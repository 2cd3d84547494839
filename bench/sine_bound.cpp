// The sine bound of the pair kernel: how many sin(x)/x per second SLEEF's 1-ulp double sine
// gives on this machine, AVX2 (four lanes) and AVX-512 (eight), on 1..T threads at once, out
// of place over values in L1 cache, with the same series blend below 1e-4 as our kernels.
// Each pair-lag needs two of them (F_+ and F_-), so half this rate bounds the pair-lags per
// second any kernel could reach. tools/run-bench.sh sets it beside tx-analyze's figures.
// Prints one JSON object. Usage: sine_bound [threads] [seconds]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

// In sine_bound_avx2.cpp and sine_bound_avx512.cpp, each compiled for its instruction set.
void sincAvx2(const double* x, double* out, std::size_t n);
void sincAvx512(const double* x, double* out, std::size_t n);

namespace {

constexpr std::size_t kValues = 2048; // 16 kB in, 16 kB out: in L1

// sin(x)/x per second, summed over `threads` threads running for `seconds`.
double rate(void (*sinc)(const double*, double*, std::size_t), int threads, double seconds) {
    std::atomic<bool> stop{false};
    std::vector<double> done(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    const auto start = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            std::vector<double> x(kValues), out(kValues);
            for (std::size_t k = 0; k < kValues; ++k)
                x[k] = 0.01 * double(k + 1); // q|dr| of a pair-lag: 0.01 .. 20
            double sink = 0, count = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                for (int round = 0; round < 64; ++round) {
                    sinc(x.data(), out.data(), kValues);
                    sink += out[round];
                }
                count += 64.0 * kValues;
            }
            done[std::size_t(t)] = count + (sink == 12345.0 ? 1 : 0);
        });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& w : workers)
        w.join();
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double total = 0;
    for (double d : done)
        total += d;
    return total / elapsed;
}

} // namespace

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : int(std::thread::hardware_concurrency());
    const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma")) {
        std::printf("{\"error\": \"this CPU has no AVX2+FMA\"}\n");
        return 1;
    }
    const double avx2 = rate(sincAvx2, threads, seconds);
    const bool has512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
    const double avx512 = has512 ? rate(sincAvx512, threads, seconds) : 0.0;
    std::printf("{\"threads\": %d, \"avx2_sinc_per_s\": %.6g, \"avx512_sinc_per_s\": %.6g}\n",
                threads, avx2, avx512);
}
