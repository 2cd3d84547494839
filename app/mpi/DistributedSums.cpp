#include "app/mpi/DistributedSums.h"

#include "core/output/SumsArchive.h"

#include <algorithm>
#include <numeric>

namespace tx::app {

namespace {
// Every rank's bytes, to every rank. An empty message means "cancelled" (a real one always
// carries its format tag).
std::vector<std::vector<std::uint8_t>> allGather(MPI_Comm comm,
                                                 const std::vector<std::uint8_t>& mine) {
    int ranks = 1;
    MPI_Comm_size(comm, &ranks);
    const int size = static_cast<int>(mine.size());
    std::vector<int> sizes(static_cast<std::size_t>(ranks)), offsets(sizes.size());
    MPI_Allgather(&size, 1, MPI_INT, sizes.data(), 1, MPI_INT, comm);
    std::exclusive_scan(sizes.begin(), sizes.end(), offsets.begin(), 0);
    std::vector<std::uint8_t> all(static_cast<std::size_t>(offsets.back() + sizes.back()));
    MPI_Allgatherv(mine.data(), size, MPI_BYTE, all.data(), sizes.data(), offsets.data(), MPI_BYTE,
                   comm);
    std::vector<std::vector<std::uint8_t>> out;
    for (std::size_t r = 0; r < sizes.size(); ++r)
        out.emplace_back(all.begin() + offsets[r], all.begin() + offsets[r] + sizes[r]);
    return out;
}
} // namespace

std::vector<int> assignJobsToRanks(const std::vector<core::TrajectoryJob>& jobs, int ranks) {
    std::vector<std::size_t> bySize(jobs.size());
    std::iota(bySize.begin(), bySize.end(), std::size_t{0});
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](std::size_t a, std::size_t b) { return jobs[a].bytes > jobs[b].bytes; });
    std::vector<std::uint64_t> load(static_cast<std::size_t>(ranks), 0);
    std::vector<int> owner(jobs.size(), 0);
    for (std::size_t k : bySize) {
        const auto least = std::min_element(load.begin(), load.end()) - load.begin();
        owner[k] = static_cast<int>(least);
        load[static_cast<std::size_t>(least)] += std::max<std::uint64_t>(1, jobs[k].bytes);
    }
    return owner;
}

core::EnsembleSums computeDistributedSums(MPI_Comm comm, const core::EnsembleLayout& layout,
                                          const core::CorrelatorSettings& settings,
                                          const core::ReaderOptions& readerOptions,
                                          core::Progress* progress) {
    int rank = 0, ranks = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &ranks);
    // The layout is the same on every rank, so these throw (or not) on every rank alike.
    const auto jobs = core::trajectoryJobs(layout);
    core::TypeSet types = core::speciesOfJobs(jobs, readerOptions, false);
    const std::vector<int> owner = assignJobsToRanks(jobs, ranks);
    std::vector<bool> mine(jobs.size());
    for (std::size_t k = 0; k < jobs.size(); ++k)
        mine[k] = owner[k] == rank;

    std::vector<std::uint8_t> message;
    try {
        const auto outcomes =
            core::correlateJobs(jobs, mine, types, settings, readerOptions, progress);
        message = core::encodeJobOutcomes(outcomes, mine);
    } catch (const core::Cancelled&) {
        message.clear(); // still take part in the exchange, or the other ranks would wait
    }
    std::vector<core::JobOutcome> outcomes(jobs.size());
    for (const auto& received : allGather(comm, message)) {
        if (received.empty())
            throw core::Cancelled();
        core::decodeJobOutcomes(received, types, outcomes);
    }
    return core::assembleEnsembleSums(layout, jobs, std::move(types), std::move(outcomes), false);
}

} // namespace tx::app
