#pragma once
// The ensemble's sums computed by several MPI ranks: the trajectory files (one job each) are
// shared out by size, each rank correlates its own with TBB, and every rank receives every
// job's sums (exactly, as CBOR) and assembles them in layout order. Since each file's sums
// are computed by the same code whichever rank reads it, the result is bit-identical to one
// process.
#include "core/correlate/EnsembleSums.h"

#include <mpi.h>

namespace tx::app {

// Owner rank of each job: largest files first, each to the least-loaded rank (ties to the
// lower rank), so the split depends only on the file sizes.
std::vector<int> assignJobsToRanks(const std::vector<core::TrajectoryJob>& jobs, int ranks);

// Collective over comm: every rank must call it with the same layout and settings. Throws
// the same InputError (the first bad file in layout order) or Cancelled on every rank.
core::EnsembleSums computeDistributedSums(MPI_Comm comm, const core::EnsembleLayout& layout,
                                          const core::CorrelatorSettings& settings,
                                          const core::ReaderOptions& readerOptions,
                                          core::Progress* progress);

} // namespace tx::app
