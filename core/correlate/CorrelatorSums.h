#pragma once
// What one segment contributes to the averaged correlators: for every lag, the sum over its
// time origins of each origin's atom- or pair-averaged value (science §2: average inside an
// origin first, then every origin weighs the same). Kept per (T, replica, segment) so that
// excluding a replica or a bootstrap resample never re-reads a trajectory.
#include "core/correlate/Channels.h"
#include "core/model/TypeSet.h"
#include "core/model/Units.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tx::core {

// Where each channel's sums sit in LagSums: per channel (Channels.h order) its all-atom (or
// all-pair) entry, then one per type (or type pair). With wave numbers beyond the first (the
// dispersion), the scattering channels follow again, in the same order, once per extra q.
class ChannelLayout {
public:
    explicit ChannelLayout(const TypeSet& types = {}, std::size_t extraWavenumbers = 0);
    std::size_t size() const { return m_size; }
    // part -1 means "all atoms" ("all pairs"). wavenumber 0 is the first q; k > 0 the k-th
    // extra q, of a scattering channel only.
    std::size_t index(ChannelId c, int part = -1, std::size_t wavenumber = 0) const {
        return m_offset[wavenumber][indexOf(c)] + static_cast<std::size_t>(1 + part);
    }
    const TypeSet& types() const { return m_types; }

private:
    TypeSet m_types;
    std::vector<std::vector<std::size_t>> m_offset; // [wave number][channel]
    std::size_t m_size = 0;
};

// Sum over origins of a per-origin mean (and of its square, for chi4).
struct OriginSum {
    double sum = 0.0;
    double sumSquares = 0.0;
    std::int64_t origins = 0;
    void add(double originMean) {
        sum += originMean;
        sumSquares += originMean * originMean;
        ++origins;
    }
    void add(const OriginSum& o, std::int64_t weight = 1) {
        sum += static_cast<double>(weight) * o.sum;
        sumSquares += static_cast<double>(weight) * o.sumSquares;
        origins += weight * o.origins;
    }
};

using LagSums = std::vector<OriginSum>; // indexed by ChannelLayout

struct SegmentSums {
    TypeSet types;
    std::vector<double> extraQ;            // wave numbers beyond the first (ChannelLayout)
    std::map<std::int64_t, LagSums> byLag; // lag in timesteps
    std::size_t atomCount = 0;
    std::int64_t origins = 0;
    std::int64_t pairsOverOrigins = 0; // total pairs summed over origins
    std::int64_t frames = 0;
    std::vector<std::string> warnings;
    Units units; // what its file says (empty where it says nothing)
};

} // namespace tx::core
