#pragma once
// Spreading independent jobs (one per document) over the machine's cores.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gongkai {

// How many threads the build uses: one per core.
inline unsigned worker_count() { return std::max(1u, std::thread::hardware_concurrency()); }

// Calls job(worker, i) for every i in [0, n), on up to worker_count() threads;
// worker is in [0, worker_count()) so a job can use per-worker state. Results
// go into slots indexed by i, so the output never depends on the schedule.
// The first exception a job throws is rethrown here once all have stopped.
template <typename Job>
void parallel_for(std::size_t n, Job&& job) {
  const std::size_t workers = std::min<std::size_t>(worker_count(), n);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t i; (i = next++) < n;) job(worker, i);
    } catch (...) {
      std::lock_guard<std::mutex> hold(failure_lock);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

// Appends count items to out, make(i) making the i-th, on every core; in order of i.
template <typename T, typename Make>
void parallel_append(std::vector<T>& out, std::size_t count, Make make) {
  const std::size_t first = out.size();
  out.resize(first + count);
  parallel_for(count, [&](std::size_t, std::size_t i) { out[first + i] = make(i); });
}

}  // namespace gongkai
