#pragma once
// Nearest-neighbour pairs of one configuration: (i, j), i < j, closer than the cutoff of
// their type pair under the minimum-image convention. Cell list when the box holds at least
// three cells along every direction, all pairs otherwise.
#include "core/correlate/NeighbourPair.h"
#include "core/model/Box.h"
#include "core/model/TypeSet.h"

#include <Eigen/Dense>
#include <cstdint>
#include <span>
#include <vector>

namespace tx::core {

// Cutoff r_c per pair of type indices (0-based), symmetric; one value for all by default.
class PairCutoffs {
public:
    PairCutoffs() = default;
    PairCutoffs(int typeCount, double cutoff);
    void set(int typeA, int typeB, double cutoff);
    double cutoff(int typeA, int typeB) const { return m_rc[typeA * m_types + typeB]; }
    double largest() const;
    int typeCount() const { return m_types; }

private:
    int m_types = 0;
    std::vector<double> m_rc;
};

// In which order findNeighbourPairs returns the pairs: by (i, j), or in the order the cell
// list meets them (which depends on the positions only, so it is the same on every run), for
// callers that sort the pairs their own way anyway and need not pay for the sort.
enum class PairOrder { ByAtom, AsFound };

// typeIndex holds each atom's 0-based type index.
std::vector<NeighbourPair> findNeighbourPairs(const Box& box,
                                              std::span<const Eigen::Vector3d> positions,
                                              std::span<const int> typeIndex,
                                              const PairCutoffs& cutoffs,
                                              PairOrder order = PairOrder::ByAtom);

// The pairs sorted by the type pair of their atoms, as the pair kernel reads them: a counting
// sort, stable, so within a type pair in the order given (the cell list's). first[k] and
// second[k] are the atoms of pair k; the pairs of type pair p are [runStart[p], runStart[p+1]).
void sortPairsByTypePair(const std::vector<NeighbourPair>& pairs, std::span<const int> typeIndex,
                         const TypeSet& types, std::vector<std::uint32_t>& first,
                         std::vector<std::uint32_t>& second, std::vector<std::size_t>& runStart);

} // namespace tx::core
